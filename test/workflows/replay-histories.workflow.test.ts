// Replays the recorded histories of released versions of the case workflow (test/histories)
// against today's workflow code. A change that would break cases already running (a new
// activity, timer or branch without patched()) makes this fail with a non-determinism error.
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { workflowBundleOptions } from '@firecase/worker';
import { recordedHistories } from '../support/histories';
import { quietRuntime } from '../support/time-skipping';

describe('replay of recorded hazard-case histories', () => {
  const histories = recordedHistories();

  it('has recorded histories to replay', () => {
    expect(histories.length).toBeGreaterThanOrEqual(3);
  });

  it.each(histories.map((h) => [h.file, h.json] as const))(
    'replays %s deterministically',
    async (file, json) => {
      quietRuntime();
      const history = historyFromJSON(json);
      expect(history.events?.length).toBeGreaterThan(10);
      await Worker.runReplayHistory(workflowBundleOptions(), history, file);
    },
  );
});
