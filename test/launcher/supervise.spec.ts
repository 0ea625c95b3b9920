// The launcher's restart policy (tools/lib/children.mjs `supervise`), run in a Node process of its
// own (the launcher is plain ESM) over real child processes that exit as told; no servers.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const CHILDREN = resolve(__dirname, '..', '..', 'tools', 'lib', 'children.mjs');

/** Runs `supervise` over children that run `childScript`, and returns what it printed. */
async function supervised(childScript: string, stopAfterMs: number): Promise<string[]> {
  const script = `
    import { startNodeChild, supervise } from ${JSON.stringify(CHILDREN)};
    import { writeFileSync } from 'node:fs';
    const file = process.env.CHILD_FILE;
    writeFileSync(file, ${JSON.stringify(childScript)});
    let starts = 0;
    const supervisor = supervise({
      name: 'child',
      start: async () => { starts += 1; return startNodeChild('child', file, { START: String(starts) }); },
      onGiveUp: (reason) => { console.log('GAVE UP: ' + reason); process.exit(0); },
      policy: { initialDelayMs: 200, maxDelayMs: 800, fastFailureMs: 2000, healthyAfterMs: 60000, giveUpAfter: 3 },
    });
    await supervisor.start();
    setTimeout(async () => { await supervisor.stop(); console.log('STOPPED after ' + starts + ' starts'); }, ${stopAfterMs});
  `;
  const childFile = join(tmpdir(), `firecase-supervise-${process.pid}-${Date.now()}.cjs`);
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script],
      { env: { ...process.env, CHILD_FILE: childFile } },
    );
    return stdout.trim().split('\n');
  } finally {
    rmSync(childFile, { force: true });
  }
}

describe('supervise (the launcher restart policy)', () => {
  it('restarts a child that dies, with one line each time, doubling the delay', async () => {
    // The first two runs die after a moment; the third keeps running until stopped.
    const lines = await supervised(
      `if (Number(process.env.START) < 3) setTimeout(() => process.exit(7), 50); else setInterval(() => {}, 1000);`,
      3000,
    );
    const restarts = lines.filter((l) => / child exited /.test(l));
    expect(restarts).toEqual([
      expect.stringMatching(
        /child exited \(exit code 7\) after .*; restarted after 0\.2s \(pid \d+\)$/,
      ),
      expect.stringMatching(
        /child exited \(exit code 7\) after .*; restarted after 0\.4s \(pid \d+\)$/,
      ),
    ]);
    expect(lines.at(-1)).toBe('STOPPED after 3 starts');
  });

  it('gives up after repeated fast failures, naming the child, the exit and its last words', async () => {
    const lines = await supervised(
      `console.error('listen EADDRINUSE: port 3000 is taken'); process.exit(1);`,
      10_000,
    );
    expect(lines.filter((l) => / child exited /.test(l))).toHaveLength(2);
    expect(lines.at(-1)).toBe(
      'GAVE UP: child failed 3 times in a row within 2s of starting (last: exit code 1: listen EADDRINUSE: port 3000 is taken); giving up',
    );
  });
});
