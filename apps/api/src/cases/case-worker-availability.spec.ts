import Long from 'long';
import { BACKLOG_STALE_MS, judge, POLLER_FRESH_MS } from './case-worker-availability';

const NOW = Date.parse('2026-12-01T08:00:00Z');
// Protobuf times as the client hands them over: seconds as a Long.
const at = (ms: number) => ({
  seconds: Long.fromNumber(Math.floor(ms / 1000)),
  nanos: (ms % 1000) * 1e6,
});
const seconds = (s: number) => ({ seconds: Long.fromNumber(s), nanos: 0 });

describe(judge.name, () => {
  it('finds a worker that polled within the last minute and a queue that moves', () => {
    expect(judge({ pollers: [{ lastAccessTime: at(NOW - 30_000) }] }, NOW)).toEqual({
      available: true,
    });
  });

  it('finds none when no poller was ever seen, or the last one went quiet', () => {
    expect(judge({ pollers: [] }, NOW)).toMatchObject({
      available: false,
      reason: expect.stringContaining('none seen'),
    });
    const quiet = judge({ pollers: [{ lastAccessTime: at(NOW - POLLER_FRESH_MS - 1_000) }] }, NOW);
    expect(quiet).toMatchObject({
      available: false,
      reason: expect.stringContaining(`last seen ${POLLER_FRESH_MS / 1000 + 1} s ago`),
    });
  });

  it('takes the freshest of several pollers', () => {
    const pollers = [{ lastAccessTime: at(NOW - 600_000) }, { lastAccessTime: at(NOW - 2_000) }];
    expect(judge({ pollers }, NOW).available).toBe(true);
  });

  it('finds the workers gone when workflow tasks have waited too long for them', () => {
    const pollers = [{ lastAccessTime: at(NOW - 1_000) }];
    const stale = judge(
      { pollers, stats: { approximateBacklogAge: seconds(BACKLOG_STALE_MS / 1000) } },
      NOW,
    );
    expect(stale).toMatchObject({ available: false, reason: expect.stringContaining('waited') });
    const moving = judge({ pollers, stats: { approximateBacklogAge: seconds(1) } }, NOW);
    expect(moving.available).toBe(true);
  });
});
