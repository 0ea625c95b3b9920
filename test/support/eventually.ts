import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `read` until `done` holds for its value, and returns that value. A wait for a workflow's
 * timer or projection to land on the real stack, not a speed assertion: the limit is generous,
 * and running past it fails with what was last seen.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  limitMs = 90_000,
): Promise<T> {
  const until = Date.now() + limitMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (done(last)) return last;
    if (Date.now() > until) {
      throw new Error(
        `gave up waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 2000)}`,
      );
    }
    await sleep(250);
  }
}
