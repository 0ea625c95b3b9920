import { randomUUID } from 'node:crypto';
import { type OperationStats, operationStats } from '../stats';
import { timeConcurrently } from '../run-concurrently';
import { benchCaseBody, CASE_STEPS } from './case-bodies';
import type { CaseApiClient } from './case-api-client';
import { requireClean, withOverall } from './phase-result';

export interface ThroughputPlan {
  readonly cases: number;
  readonly concurrency: number;
  readonly warmup: number;
}

export interface CaseApiResult {
  /** One row per operation, then the overall row. */
  readonly operations: readonly OperationStats[];
  /** The five actions after opening pooled: each is one workflow update behind the API. */
  readonly actions: OperationStats;
  /** The measured cases, closed by the last step. */
  readonly caseNumbers: readonly string[];
}

/**
 * Opens `cases` cases through POST /cases, then moves all of them one lifecycle step at a time
 * (notice, service, rectification report, re-inspection, closure), each step a phase of its own
 * with `concurrency` requests in flight. Closing them leaves no benchmark case running.
 */
export async function measureCaseApi(
  api: CaseApiClient,
  plan: ThroughputPlan,
  progress: (line: string) => void,
): Promise<CaseApiResult> {
  const runId = randomUUID().slice(0, 8);
  if (plan.warmup > 0) {
    progress(`warming up with ${plan.warmup} full lifecycles (not measured)`);
    await runLifecycles(api, `${runId}-warm`, plan.warmup, plan.concurrency, () => undefined);
  }
  const { phases, caseNumbers } = await runLifecycles(
    api,
    runId,
    plan.cases,
    plan.concurrency,
    progress,
  );
  const actions = phases.slice(1).map(({ phase }) => phase);
  return {
    operations: withOverall('overall (API)', phases),
    actions: operationStats(
      'actions (pooled)',
      actions.flatMap((phase) => phase.samples),
      actions.reduce((sum, phase) => sum + phase.wallMs, 0),
    ),
    caseNumbers,
  };
}

async function runLifecycles(
  api: CaseApiClient,
  runId: string,
  count: number,
  concurrency: number,
  progress: (line: string) => void,
) {
  const indexes = Array.from({ length: count }, (_, i) => i);
  const caseNumbers: string[] = new Array<string>(count);
  const discoveredAt = new Date().toISOString();
  const open = await timeConcurrently(indexes, concurrency, async (i) => {
    caseNumbers[i] = await api.openCase(benchCaseBody(i, discoveredAt), `bench-${runId}-${i}`);
  });
  requireClean('open', open);
  progress(`open: ${count} cases in ${(open.wallMs / 1000).toFixed(1)} s`);
  const phases = [{ operation: 'open (POST /cases)', phase: open }];
  for (const step of CASE_STEPS) {
    const phase = await timeConcurrently(caseNumbers, concurrency, (n) =>
      api.act(n, step.action, step.role, step.body),
    );
    requireClean(step.operation, phase);
    progress(`${step.operation}: ${count} calls in ${(phase.wallMs / 1000).toFixed(1)} s`);
    phases.push({ operation: `${step.operation} (POST …/${step.action})`, phase });
  }
  return { phases, caseNumbers };
}
