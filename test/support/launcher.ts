import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '../../tools/lib/free-port.cjs';

const REPO_ROOT = resolve(__dirname, '..', '..');

/** `npm start` (tools/start.mjs) in a process group of its own, with its own data folder and ports. */
export interface Launcher {
  readonly dataDir: string;
  readonly apiUrl: string;
  readonly temporalAddress: string;
  readonly process: ChildProcess;
  /** Every line the launcher printed so far (its own and its children's, prefixed). */
  readonly lines: string[];
  /** The pid of a child as the launcher last reported it (started, or restarted). */
  pidOf(child: 'worker' | 'api' | 'temporal' | 'postgres'): number;
  /** The server process PostgreSQL runs as (postmaster.pid), below the postgres child. */
  postmasterPid(): number;
  databaseUrl(): string;
  /** The AUDIT_KEY the launcher generated into its data folder. */
  auditKey(): string;
  /** Resolves with the first line after `from` that matches. */
  waitForLine(pattern: RegExp, from?: number, timeoutMs?: number): Promise<string>;
  /** Ctrl-C, as an operator stops it; resolves with its exit code. */
  interrupt(): Promise<number | null>;
}

export async function startLauncher(env: Record<string, string>): Promise<Launcher> {
  const dataDir = mkdtempSync(join(tmpdir(), 'firecase-launcher-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must enter it
  const [port, pgPort, temporalPort, uiPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  // The integration stack's own servers are in process.env: this launcher must start its own.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.MIGRATION_DATABASE_URL;
  delete inherited.AUDIT_KEY; // the launcher makes its own in its data folder
  delete inherited.TEMPORAL_ADDRESS;
  const child = spawn(process.execPath, ['tools/start.mjs'], {
    cwd: REPO_ROOT,
    env: {
      ...inherited,
      FIRECASE_DATA_DIR: dataDir,
      PORT: String(port),
      FIRECASE_PG_PORT: String(pgPort),
      FIRECASE_TEMPORAL_PORT: String(temporalPort),
      FIRECASE_TEMPORAL_UI_PORT: String(uiPort),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const wake of waiters) wake();
    });
  }
  const exited = new Promise<number | null>((resolvePromise) =>
    child.once('exit', (code) => resolvePromise(code)),
  );

  const launcher: Launcher = {
    dataDir,
    apiUrl: `http://127.0.0.1:${port}`,
    temporalAddress: `127.0.0.1:${temporalPort}`,
    process: child,
    lines,
    pidOf(name) {
      const reported = new RegExp(
        `^\\[firecase +[\\d.]+s\\] ${name} (started|exited.*restarted).*\\(pid (\\d+)\\)$`,
      );
      for (let i = lines.length - 1; i >= 0; i -= 1) {
        const match = reported.exec(lines[i]);
        if (match) return Number(match[2]);
      }
      throw new Error(`the launcher has not reported a pid for ${name}`);
    },
    postmasterPid() {
      return Number(
        readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
    },
    auditKey() {
      return readFileSync(join(dataDir, 'audit-key'), 'utf8').trim();
    },
    databaseUrl() {
      const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
      return `postgres://firecase:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/firecase`;
    },
    waitForLine(pattern, from = 0, timeoutMs = 240_000) {
      return new Promise((resolvePromise, reject) => {
        const check = () => {
          const found = lines.slice(from).find((line) => pattern.test(line));
          if (found === undefined) return;
          cleanup();
          resolvePromise(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `the launcher printed no line matching ${pattern}:\n${lines.slice(-30).join('\n')}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        void exited.then(() => {
          if (!waiters.has(check)) return;
          cleanup();
          reject(new Error(`the launcher exited:\n${lines.slice(-30).join('\n')}`));
        });
        check();
      });
    },
    async interrupt() {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
  return launcher;
}

/** Whether a process is alive (not a zombie). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}
