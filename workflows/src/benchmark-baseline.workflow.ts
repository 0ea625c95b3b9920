import { condition, setHandler } from '@temporalio/workflow';
import { benchmarkFinishSignal, benchmarkTouchUpdate } from '@firecase/contract';

/**
 * No activities, no timers, no state beyond a counter: what a start and an update cost in Temporal
 * alone, measured by `npm run bench` beside the case API on the same server.
 */
export async function benchmarkBaselineWorkflow(): Promise<number> {
  let touches = 0;
  let finished = false;
  setHandler(benchmarkTouchUpdate, () => ++touches);
  setHandler(benchmarkFinishSignal, () => {
    finished = true;
  });
  await condition(() => finished);
  return touches;
}
