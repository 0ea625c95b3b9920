import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { say } from './log.mjs';

/**
 * Stops a PostgreSQL server that outlived the process that started it (its wrapper was killed
 * with kill -9, or the launcher was): it still holds the port and the data folder, so a new one
 * could not start. Its pid is the first line of postmaster.pid. SIGINT is PostgreSQL's fast
 * shutdown (rolls back open transactions, keeps every committed one); SIGQUIT, if that takes
 * too long, is its immediate shutdown (crash recovery at the next start).
 */
export async function stopOrphanedPostgres(dataDir, timeoutMs = 20_000) {
  const pid = postmasterPid(dataDir);
  if (pid === undefined || !isRunning(pid, 'postgres')) return;
  say(`stopping PostgreSQL server (pid ${pid}) left running by a killed launcher process`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  let escalated = false;
  while (isRunning(pid, 'postgres')) {
    if (!escalated && Date.now() > deadline - timeoutMs / 2) {
      process.kill(pid, 'SIGQUIT');
      escalated = true;
    }
    if (Date.now() > deadline) throw new Error(`PostgreSQL server pid ${pid} does not stop`);
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 200));
  }
}

function postmasterPid(dataDir) {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** True while `pid` is a live (not zombie) process whose command name starts with `command`. */
export function isRunning(pid, command) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && name.startsWith(command);
  } catch {
    // No /proc (macOS): ask ps.
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'comm='], { encoding: 'utf8' });
    return ps.status === 0 && ps.stdout.trim().split('/').pop().startsWith(command);
  }
}
