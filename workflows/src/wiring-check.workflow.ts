import { proxyActivities } from '@temporalio/workflow';
import type { SystemActivities, WiringCheckResult } from '@firecase/contract';

const { probeDatabase } = proxyActivities<SystemActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 5 },
});

/** Proves the wiring: the worker picks this up and its activity reaches PostgreSQL. */
export async function wiringCheckWorkflow(probeId: string): Promise<WiringCheckResult> {
  const probe = await probeDatabase();
  return { probeId, ...probe };
}
