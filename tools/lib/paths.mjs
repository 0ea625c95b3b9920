import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
export const TEMPORAL_TEST_SERVER_VERSION = '1.32.0'; // keep in step with tools/temporal-test-server/pom.xml

/** Shared by every clone on the machine, so the slow first build happens once. */
export const CACHE_DIR = process.env.FIRECASE_CACHE_DIR ?? join(homedir(), '.cache', 'firecase');

export const TEMPORAL_CLI_DIR = join(CACHE_DIR, `temporal-cli-${TEMPORAL_CLI_VERSION}`);
export const TEMPORAL_CLI = join(TEMPORAL_CLI_DIR, 'temporal');

export const TEST_SERVER_DIR = join(
  CACHE_DIR,
  `temporal-test-server-${TEMPORAL_TEST_SERVER_VERSION}`,
);
export const TEST_SERVER = join(TEST_SERVER_DIR, 'temporal-test-server');

/** Where `npm start` keeps PostgreSQL's and Temporal's data between runs (git-ignored). */
export const DATA_DIR = resolve(REPO_ROOT, process.env.FIRECASE_DATA_DIR ?? 'data');

/** The property-based API fuzzer (from PyPI), in a virtual environment of its own. */
export const SCHEMATHESIS_VERSION = '4.32.5';
export const SCHEMATHESIS_DIR = join(CACHE_DIR, `schemathesis-${SCHEMATHESIS_VERSION}`);
export const SCHEMATHESIS = join(SCHEMATHESIS_DIR, 'bin', 'schemathesis');
