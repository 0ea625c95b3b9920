import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { say } from './log.mjs';
import { REPO_ROOT } from './paths.mjs';

/** Starts a Node child with its output line-prefixed, e.g. "[api] listening on ...". */
export function startNodeChild(name, script, env) {
  const child = spawn(process.execPath, ['--enable-source-maps', script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: Ctrl-C reaches the launcher, which stops children in order
  });
  const lastLines = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      process.stdout.write(`[${name}] ${line}\n`);
      lastLines.push(line);
      if (lastLines.length > 5) lastLines.shift();
    });
  }
  const exited = new Promise((resolvePromise) =>
    child.once('exit', (code, signal) => resolvePromise({ code, signal })),
  );
  return {
    name,
    child,
    pid: child.pid,
    exited,
    lastLines,
    async stop(timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Restart policy of a supervised child. A child that dies within `fastFailureMs` of starting
 * failed fast; `giveUpAfter` fast failures in a row mean it will not come up by itself (a port
 * taken, a broken build, a corrupt data folder), and restarting forever would only hide that.
 * Between attempts the delay doubles from `initialDelayMs` up to `maxDelayMs`; a child that ran
 * for `healthyAfterMs` starts the count again.
 */
export const RESTART_POLICY = Object.freeze({
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  fastFailureMs: 15_000,
  healthyAfterMs: 60_000,
  giveUpAfter: 5,
});

/**
 * Keeps one child running: `start()` starts it and resolves with `{ pid, exited, stop,
 * lastLines? }` once it is up; when it exits unbidden it is started again after a backoff, with
 * one line saying so. `onGiveUp(reason)` is called (once) after repeated fast failures.
 * `beforeRestart()` may clean up what the dead child left (e.g. an orphaned server process).
 */
export function supervise({
  name,
  start,
  beforeRestart = async () => undefined,
  onGiveUp,
  onRestarted = () => undefined,
  policy = RESTART_POLICY,
}) {
  let current;
  let stopping = false;
  let fastFailures = 0; // in a row: decides giving up
  let restarts = 0; // since it last ran healthily: decides the delay
  let pendingTimer;
  let wakePending;

  async function launch() {
    const startedAt = Date.now();
    current = await start();
    void current.exited.then((outcome) => onExit(outcome, startedAt));
    return current;
  }

  async function onExit(outcome, startedAt) {
    if (stopping) return;
    const ranMs = Date.now() - startedAt;
    if (ranMs >= policy.healthyAfterMs) restarts = 0;
    fastFailures = ranMs < policy.fastFailureMs ? fastFailures + 1 : 0;
    restarts += 1;
    const how = describeExit(outcome);
    const lastWords = current?.lastLines?.length ? `: ${current.lastLines.at(-1)}` : '';
    if (fastFailures >= policy.giveUpAfter) {
      onGiveUp(
        `${name} failed ${fastFailures} times in a row within ${policy.fastFailureMs / 1000}s of starting (last: ${how}${lastWords}); giving up`,
      );
      return;
    }
    const delayMs = Math.min(policy.initialDelayMs * 2 ** (restarts - 1), policy.maxDelayMs);
    await new Promise((resolvePromise) => {
      wakePending = resolvePromise;
      pendingTimer = setTimeout(resolvePromise, delayMs);
    });
    if (stopping) return;
    const died = `${name} exited (${how}) after ${formatDuration(ranMs)}`;
    try {
      await beforeRestart();
      const restarted = await launch();
      // The one line per restart: what happened, and that it is running again.
      say(`${died}; restarted after ${formatDuration(delayMs)} (pid ${restarted.pid})`);
      onRestarted(restarted);
    } catch (error) {
      // Failing to start counts as a fast failure of its own, and is retried the same way.
      say(`${died}; restarting it failed: ${error.message}`);
      current = { lastLines: [error.message] };
      await onExit({ error }, Date.now());
    }
  }

  return {
    name,
    /** The first start: a failure here is the caller's (npm start stops with its message). */
    start: launch,
    get current() {
      return current;
    },
    async stop() {
      stopping = true;
      clearTimeout(pendingTimer);
      wakePending?.();
      await current?.stop?.();
    },
  };
}

function describeExit({ code, signal, error }) {
  if (error) return `could not start: ${error.message}`;
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

function formatDuration(ms) {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms / 1000)}s`;
}

export async function waitForHttp(
  url,
  { timeoutMs = 120_000, until = (status) => status === 200 } = {},
) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (until(response.status)) return response;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not become ready: ${last}`);
}
