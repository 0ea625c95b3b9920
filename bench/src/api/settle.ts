import type { Client } from '@temporalio/client';
import { timeConcurrently } from '../run-concurrently';

/**
 * Waits until the benchmark's cases have finished their workflows. Closing a case answers before
 * the workflow has published its last revision and completed; waiting here keeps that tail out of
 * the bare-Temporal measurement that follows. Answers with the seconds waited.
 */
export async function settleCases(
  client: Client,
  caseNumbers: readonly string[],
  concurrency: number,
): Promise<number> {
  const { wallMs } = await timeConcurrently(caseNumbers, concurrency, async (caseNumber) => {
    await client.workflow.getHandle(caseNumber).result();
  });
  return wallMs / 1000;
}
