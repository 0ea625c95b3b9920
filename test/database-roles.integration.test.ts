// Integration on real PostgreSQL: the two roles. The stack's own database (migrated as
// firecase_owner, used as firecase_app) for what each role may do; docker-compose's setup script
// run with psql against the same server; and an embedded cluster of this test's own, migrated
// the old way as its superuser, handed over to the two roles by the next start.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  AuditBootCheck,
  AuditKeyring,
  AuditTrailRepository,
  dataSourceOptions,
  linkAuditEvents,
  MIGRATIONS,
  runMigrations,
} from '@firecase/persistence';
import { freePort } from '../tools/lib/free-port.cjs';
import { startPostgresChild } from '../tools/lib/postgres-child.cjs';
import { officer } from './support/case-fixtures';
import { ownerDatabase } from './support/owner-database';
import { stackConfig } from './support/stack';

const PROTECTED = ['audit_event', 'audit_seal', 'access_log', 'admin_log'];

describe('database roles on the real PostgreSQL', () => {
  let app: DataSource;
  const owner = ownerDatabase();

  beforeAll(async () => {
    app = await new DataSource(dataSourceOptions(stackConfig().database)).initialize();
  });

  afterAll(async () => {
    await app?.destroy();
  });

  it('connects the apps as firecase_app, which is no superuser and owns nothing', async () => {
    const [role] = await app.query<{ name: string; superuser: boolean; owned: string }[]>(
      `SELECT current_user AS name, r.rolsuper AS superuser,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(role).toEqual({ name: 'firecase_app', superuser: false, owned: '0' });
    const check = (database: DataSource) => new AuditBootCheck(database, stackConfig()).problems();
    await expect(check(app)).resolves.toEqual([]);
    // The boot check does tell when an app is pointed at the owner.
    const asOwner = await new DataSource(
      dataSourceOptions({ ...stackConfig().database, url: stackConfig().database.migrationUrl! }),
    ).initialize();
    try {
      await expect(check(asOwner)).resolves.toEqual(
        PROTECTED.map((table) => `firecase_owner owns ${table}`),
      );
    } finally {
      await asOwner.destroy();
    }
  });

  it.each(PROTECTED)(
    'lets the application only INSERT and SELECT %s: no UPDATE, DELETE, TRUNCATE, ALTER or DISABLE TRIGGER',
    async (table) => {
      const denied = `permission denied for table ${table}`;
      await expect(app.query(`SELECT count(*) FROM ${table}`)).resolves.toHaveLength(1);
      await expect(
        app.query(`UPDATE ${table} SET ${firstColumn(table)} = ${firstColumn(table)}`),
      ).rejects.toThrow(denied);
      await expect(app.query(`DELETE FROM ${table}`)).rejects.toThrow(denied);
      await expect(app.query(`TRUNCATE ${table}`)).rejects.toThrow(denied);
      await expect(app.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`)).rejects.toThrow(
        `must be owner of table ${table}`,
      );
      await expect(app.query(`ALTER TABLE ${table} ADD COLUMN smuggled text`)).rejects.toThrow(
        `must be owner of table ${table}`,
      );
      await expect(app.query(`DROP TABLE ${table}`)).rejects.toThrow(
        `must be owner of table ${table}`,
      );
      await expect(app.query(`SET session_replication_role = replica`)).rejects.toThrow(
        'permission denied to set parameter "session_replication_role"',
      );
    },
  );

  it('keeps ordinary rights on other tables, also on tables a later migration creates', async () => {
    const table = `later_migration_${Date.now()}`;
    // As a later migration would: the owner creates a table, and grants nothing by hand.
    await owner.query(`CREATE TABLE ${table} (id bigserial PRIMARY KEY, note text)`);
    try {
      await app.query(`INSERT INTO ${table} (note) VALUES ('first')`);
      await app.query(`UPDATE ${table} SET note = 'changed'`);
      await expect(app.query(`SELECT note FROM ${table}`)).resolves.toEqual([{ note: 'changed' }]);
      await app.query(`DELETE FROM ${table}`);
      await expect(app.query(`CREATE TABLE ${table}_by_app (id int)`)).rejects.toThrow(
        'permission denied for schema public',
      );
      // Only the owner records migrations.
      await expect(
        app.query(`INSERT INTO schema_migration (timestamp, name) VALUES (1, 'forged')`),
      ).rejects.toThrow('permission denied for table schema_migration');
    } finally {
      await owner.query(`DROP TABLE ${table}`);
    }
  });

  const hasPsql = spawnSync('sh', ['-c', 'command -v psql'], { stdio: 'ignore' }).status === 0;
  // docker-compose runs this script in the postgres image; here psql from the host runs it.
  (hasPsql ? it : it.skip)(
    "makes the same roles with docker-compose's setup script, again and again",
    async () => {
      const superuser = new URL(process.env.FIRECASE_TEST_SUPERUSER_URL!);
      const database = `firecase_compose_${Date.now()}`;
      const setup = () =>
        spawnSync('bash', ['deploy/postgres/setup-firecase.sh'], {
          encoding: 'utf8',
          env: {
            ...process.env,
            PGHOST: superuser.hostname,
            PGPORT: superuser.port,
            PGUSER: decodeURIComponent(superuser.username),
            PGPASSWORD: decodeURIComponent(superuser.password),
            // The stack's own passwords: the roles are the cluster's, shared with the stack.
            FIRECASE_OWNER_PASSWORD: 'owner-integration-tests-only',
            FIRECASE_APP_PASSWORD: 'app-integration-tests-only',
            FIRECASE_DATABASE: database,
          },
        });
      const su = new Client({ connectionString: superuser.toString() });
      await su.connect();
      try {
        for (const attempt of [1, 2]) {
          const run = setup();
          expect({ attempt, status: run.status, stderr: run.stderr }).toEqual({
            attempt,
            status: 0,
            stderr: '',
          });
          expect(run.stdout).toContain(`database ${database} owned by firecase_owner`);
        }
        const { rows } = await su.query(
          `SELECT pg_get_userbyid(datdba) AS owner, has_database_privilege('firecase_app', datname, 'CONNECT') AS app_connects
             FROM pg_database WHERE datname = $1`,
          [database],
        );
        expect(rows).toEqual([{ owner: 'firecase_owner', app_connects: true }]);
        const missing = spawnSync('bash', ['deploy/postgres/setup-firecase.sh'], {
          encoding: 'utf8',
          env: { ...process.env, FIRECASE_OWNER_PASSWORD: '', FIRECASE_APP_PASSWORD: 'x' },
        });
        expect(missing.status).not.toBe(0);
        expect(missing.stderr).toContain('FIRECASE_OWNER_PASSWORD');
      } finally {
        await su.query(`DROP DATABASE IF EXISTS ${database}`);
        await su.end();
      }
    },
  );

  it('hands a database migrated the old way, as the superuser, to the two roles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firecase-roles-'));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as the postgres user, who must enter it
    const port = await freePort();
    const cluster = {
      logFile: join(dir, 'postgres.log'),
      dataDir: join(dir, 'postgres'),
      port,
      database: 'firecase',
      user: 'firecase',
      password: 'roles-test-superuser',
    };
    const caseNumber = 'TB-2025-000042';
    try {
      // Before: an older `npm start` migrated as the superuser and wrote an unsealed chain.
      const before = await startPostgresChild(cluster);
      const legacy = await new DataSource({
        ...dataSourceOptions({ url: before.url, poolSize: 1, ssl: false }),
        migrations: MIGRATIONS.slice(0, 10),
      }).initialize();
      try {
        await legacy.runMigrations({ transaction: 'each' });
        for (const link of linkAuditEvents(caseNumber, undefined, [
          {
            seq: 1,
            at: '2025-03-01T01:00:00Z',
            type: 'case_registered',
            actor: officer,
            summary: 'Hazard registered',
          },
          {
            seq: 2,
            at: '2025-03-02T01:00:00Z',
            type: 'notice_issued',
            actor: officer,
            summary: 'Notice issued',
          },
        ])) {
          await legacy.query(
            `INSERT INTO audit_event (case_number, seq, occurred_at, event_type, actor_id, actor_name, actor_role, summary, detail, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10)`,
            [
              caseNumber,
              link.seq,
              link.occurredAt,
              link.eventType,
              link.actorId,
              link.actorName,
              link.actorRole,
              link.summary,
              link.prevHash,
              link.hash,
            ],
          );
        }
      } finally {
        await legacy.destroy();
      }
      await before.stop();

      // After: the next start makes the roles and migrates as the owner.
      const after = await startPostgresChild({
        ...cluster,
        roles: { ownerPassword: 'roles-test-owner', appPassword: 'roles-test-app' },
      });
      const appUrl = after.appUrl!;
      const ownerUrl = after.ownerUrl!;
      try {
        await expect(
          runMigrations({ url: appUrl, migrationUrl: ownerUrl, poolSize: 1, ssl: false }),
        ).resolves.toEqual(MIGRATIONS.slice(10).map((migration) => migration.name));
        const app = await new DataSource(
          dataSourceOptions({ url: appUrl, poolSize: 1, ssl: false }),
        ).initialize();
        try {
          const [owners] = await app.query<{ not_owned: string }[]>(
            `SELECT count(*) AS not_owned FROM pg_class
              WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')
                AND relowner <> 'firecase_owner'::regrole`,
          );
          expect(owners.not_owned).toBe('0');
          await expect(app.query(`DELETE FROM audit_event`)).rejects.toThrow(
            'permission denied for table audit_event',
          );
          const trail = new AuditTrailRepository(
            app,
            new AuditKeyring('roles-test-audit-key-of-32-chars!'),
          );
          await expect(trail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
            valid: false,
            problem: 'seal_missing',
          });
          await expect(trail.sealLegacyChains()).resolves.toEqual([{ caseNumber, sealed: 2 }]);
          await expect(trail.verifyCaseChain(caseNumber)).resolves.toEqual({
            caseNumber,
            valid: true,
            events: 2,
          });
        } finally {
          await app.destroy();
        }
      } finally {
        await after.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

/** A column each protected table has, for an UPDATE that would change nothing. */
function firstColumn(table: string): string {
  return table === 'access_log' || table === 'admin_log' ? 'id' : 'seq';
}
