import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { HISTORIES_DIR, recordingVersion } from './histories';

/**
 * Records the history of a campaign, unit supervision or report workflow beside the case
 * histories (`<workflow>.<version>.<name>.json`), which the replay test replays with the rest.
 * Only when FIRECASE_RECORD_HISTORY names a version.
 */
export async function recordHistory(
  workflow: 'campaign' | 'unit-supervision',
  name: string,
  handle: WorkflowHandle,
): Promise<void> {
  const version = recordingVersion();
  if (!version) return;
  mkdirSync(HISTORIES_DIR, { recursive: true });
  const history = await handle.fetchHistory();
  writeFileSync(join(HISTORIES_DIR, `${workflow}.${version}.${name}.json`), historyToJSON(history));
}
