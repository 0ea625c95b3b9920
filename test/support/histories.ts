import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Recorded histories of released workflow versions, replayed by every test run so that a change
 * that is not replay-safe fails the build. Record with `FIRECASE_RECORD_HISTORY=<version> npm test`.
 */
export const HISTORIES_DIR = join(__dirname, '..', 'histories');

export function recordingVersion(): string | undefined {
  return process.env.FIRECASE_RECORD_HISTORY || undefined;
}

export function saveHistory(version: string, name: string, json: string): void {
  mkdirSync(HISTORIES_DIR, { recursive: true });
  writeFileSync(join(HISTORIES_DIR, `hazard-case.${version}.${name}.json`), json);
}

export function recordedHistories(): { file: string; json: unknown }[] {
  return readdirSync(HISTORIES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      json: JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8')) as unknown,
    }));
}
