// The real stack for integration tests: a throw-away embedded PostgreSQL cluster and the real
// Temporal dev server (the CLI built from source), both on free ports, with migrations applied.
// Their addresses reach the tests through process.env (tests run in band, after this).
// As in production, migrations run as firecase_owner (MIGRATION_DATABASE_URL) and the apps
// connect as firecase_app (DATABASE_URL), so every test exercises the application's role.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadContract } from '../../tools/lib/contract.mjs';
import { startPostgresChild } from '../../tools/lib/postgres-child.cjs';
import { ensureSchemathesis } from '../../tools/lib/schemathesis.mjs';
import { ensureTemporalCli } from '../../tools/lib/temporal-cli.mjs';
import { freePort } from '../../tools/lib/free-port.cjs';
import { applyMigrations } from './migrate.mjs';

export default async function setup() {
  const cli = await ensureTemporalCli();
  const dir = mkdtempSync(join(tmpdir(), 'firecase-it-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as the postgres user, who must enter it
  const postgres = await startPostgresChild({
    logFile: join(dir, 'postgres.log'),
    dataDir: join(dir, 'postgres'),
    port: await freePort(),
    database: 'firecase_test',
    user: 'firecase',
    password: 'integration-tests-only',
    roles: {
      ownerPassword: 'owner-integration-tests-only',
      appPassword: 'app-integration-tests-only',
    },
  });
  const temporalPort = await freePort();
  const temporal = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: cli },
      ip: '127.0.0.1',
      port: temporalPort,
      namespace: 'default',
      searchAttributes: Object.values(loadContract().CaseSearchAttributes),
    },
  });
  process.env.DATABASE_URL = postgres.appUrl;
  process.env.MIGRATION_DATABASE_URL = postgres.ownerUrl;
  // The cluster's superuser, for tests that must step outside both roles (none do by default).
  process.env.FIRECASE_TEST_SUPERUSER_URL = postgres.url;
  process.env.AUDIT_KEY = 'integration-tests-only-audit-key-0123456789';
  process.env.TEMPORAL_ADDRESS = `127.0.0.1:${temporalPort}`;
  process.env.TEMPORAL_NAMESPACE = 'default';
  process.env.FIRECASE_TEMPORAL_CLI = cli;
  process.env.FIRECASE_TEST_DIR = dir;
  process.env.FIRECASE_SCHEMATHESIS = await ensureSchemathesis(); // the API fuzzer (api-fuzz)
  await applyMigrations(postgres.ownerUrl);
  globalThis.__firecaseStack = { postgres, temporal, dir };
}
