import { untilNewer } from './until-newer';

describe('untilNewer', () => {
  it('reads until the revision is newer than the one shown', async () => {
    const revisions = [3, 3, 4];
    const read = jest.fn(async () => ({ revision: revisions.shift() ?? 9 }));
    await untilNewer(read, 3, { pauseMs: 1 });
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('gives up after its attempts when the record never catches up', async () => {
    const read = jest.fn(async () => ({ revision: 3 }));
    await untilNewer(read, 3, { attempts: 4, pauseMs: 1 });
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('stops at once when the read fails or finds nothing', async () => {
    const failing = jest.fn(async () => Promise.reject(new Error('503')));
    await untilNewer(failing, 3, { pauseMs: 1 });
    expect(failing).toHaveBeenCalledTimes(1);
    const missing = jest.fn(async () => undefined);
    await untilNewer(missing, 3, { pauseMs: 1 });
    expect(missing).toHaveBeenCalledTimes(1);
  });
});
