import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CASE_SEARCH_ATTRIBUTE_REGISTRATIONS } from '@firecase/contract';

// Static checks of the deployment files: Docker cannot run here, so these catch the drift that
// would otherwise only show on a real `docker compose up`.

const ROOT = join(__dirname, '..', '..');

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  command?: string | string[];
  entrypoint?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  volumes?: string[];
  ports?: string[];
}

interface ComposeFile {
  services: Record<string, ComposeService>;
}

interface DockerStage {
  name: string;
  base: string;
  cmd?: string[];
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as ComposeFile;
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const stages = parseStages(dockerfile);

/** The Dockerfile's stages (`FROM base AS name`) with the CMD each sets, in file order. */
function parseStages(text: string): DockerStage[] {
  const found: DockerStage[] = [];
  // Join `\`-continued lines, so that a CMD spread over several lines reads as one.
  for (const line of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)\s+AS\s+([\w.-]+)\s*$/i.exec(line);
    if (from) {
      found.push({ base: from[1], name: from[2] });
      continue;
    }
    const cmd = /^\s*CMD\s+(\[.*\])\s*$/i.exec(line);
    if (cmd && found.length > 0) found[found.length - 1].cmd = JSON.parse(cmd[1]) as string[];
  }
  return found;
}

/** A stage's CMD, inherited from its base stage when it sets none. */
function effectiveCmd(stageName: string): string[] | undefined {
  const stage = stages.find((s) => s.name === stageName);
  if (!stage) return undefined;
  return stage.cmd ?? effectiveCmd(stage.base);
}

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

function environment(svc: ComposeService): Record<string, string> {
  const env = svc.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const eq = entry.indexOf('=');
        return eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value)]));
}

function dependencies(svc: ComposeService): Record<string, string | undefined> {
  const deps = svc.depends_on ?? [];
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([name, dep]) => [name, dep.condition]));
}

function commandText(svc: ComposeService): string {
  const parts = [svc.entrypoint ?? [], svc.command ?? []].flat();
  return parts.join('\n');
}

/**
 * True when the whole value is one compose interpolation `${NAME...}` that cannot fall back to
 * a literal: no default, a required-value form (`:?`/`?`), or a default that is itself such an
 * interpolation (`${A:-${B:?msg}}`).
 */
function isSecretInterpolation(value: string): boolean {
  const match = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])(.*))?\}$/s.exec(value);
  if (!match) return false;
  const [, , operator, operand] = match;
  if (operator === undefined) return true;
  if (operator.endsWith('?')) return true;
  return isSecretInterpolation(operand);
}

/** DATABASE_URL may be an interpolation, or a URL whose password part is one. */
function isSafeDatabaseUrl(value: string): boolean {
  if (isSecretInterpolation(value)) return true;
  const url = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]+:(\$\{.*\})@[^@]+$/is.exec(value);
  return url !== null && isSecretInterpolation(url[1]);
}

describe('deployment: docker-compose.yml and Dockerfile', () => {
  it('defines the stack: database, Temporal, its UI and setup, migrations, api and worker', () => {
    for (const name of [
      'postgresql',
      'firecase-db',
      'temporal',
      'temporal-setup',
      'temporal-ui',
      'temporal-ui-proxy',
      'migrate',
      'api',
      'worker',
    ]) {
      expect(compose.services).toHaveProperty([name]);
    }
  });

  it('builds api, worker and migrate from the Dockerfile, with targets it defines', () => {
    const stageNames = stages.map((s) => s.name);
    for (const name of ['api', 'worker', 'migrate']) {
      const build = service(name).build;
      expect(build).toEqual(expect.objectContaining({ target: expect.any(String) }));
      if (typeof build !== 'object') throw new Error(`${name}: build must name a target`);
      expect([undefined, '.']).toContain(build.context);
      expect([undefined, 'Dockerfile']).toContain(build.dockerfile);
      expect(stageNames).toContain(build.target);
    }
  });

  it('starts every built target with the compiled form of a source file that exists', () => {
    const targets = Object.values(compose.services)
      .map((svc) => svc.build)
      .filter((build) => typeof build === 'object' && build.target !== undefined)
      .map((build) => (build as { target: string }).target);
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const target of targets) {
      const cmd = effectiveCmd(target);
      expect(cmd?.[0]).toBe('node');
      const script = cmd?.[1] ?? '';
      expect(script).toMatch(/^[\w./-]+\/dist\/[\w./-]+\.js$/);
      const source = script.replace('/dist/', '/src/').replace(/\.js$/, '.ts');
      expect({ target, source, exists: existsSync(join(ROOT, source)) }).toEqual({
        target,
        source,
        exists: true,
      });
    }
  });

  it('copies every npm workspace manifest into the build stage before `npm ci`', () => {
    const { workspaces } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      workspaces: string[];
    };
    const npmCi = /^RUN npm ci\b/m.exec(dockerfile);
    expect(npmCi).not.toBeNull();
    const beforeInstall = dockerfile.slice(0, npmCi?.index);
    for (const workspace of workspaces) {
      expect(beforeInstall).toContain(`COPY ${workspace}/package.json ${workspace}/`);
    }
  });

  it('runs Temporal on PostgreSQL, after PostgreSQL is up', () => {
    const temporal = service('temporal');
    const env = environment(temporal);
    expect(env.DB).toBe('postgres12');
    expect(env.POSTGRES_SEEDS).toBe('postgresql');
    expect(temporal.image).toMatch(/^temporalio\/auto-setup:1\.2\d\.\d+$/);
    expect(dependencies(temporal)).toHaveProperty(['postgresql']);
  });

  it('registers every case search attribute, with its type, in temporal-setup', () => {
    const script = commandText(service('temporal-setup'));
    const names = Object.keys(CASE_SEARCH_ATTRIBUTE_REGISTRATIONS);
    expect(names.length).toBeGreaterThan(0);
    for (const [name, type] of Object.entries(CASE_SEARCH_ATTRIBUTE_REGISTRATIONS)) {
      expect(script).toMatch(new RegExp(`--name\\s+${name}\\s+--type\\s+${type}\\b`));
    }
  });

  it('starts api and worker only after migrations and search attributes are in place', () => {
    for (const name of ['api', 'worker']) {
      expect(dependencies(service(name))).toEqual(
        expect.objectContaining({
          migrate: 'service_completed_successfully',
          'temporal-setup': 'service_completed_successfully',
        }),
      );
      const env = environment(service(name));
      expect(env.TEMPORAL_ADDRESS).toBe('temporal:7233');
      expect(env.NODE_ENV).toBe('production');
    }
  });

  it('writes no password into any service: each one is interpolated from the environment', () => {
    const checked: string[] = [];
    for (const [name, svc] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(environment(svc))) {
        if (key.endsWith('DATABASE_URL')) {
          expect({ at: `${name}.${key}`, value, safe: isSafeDatabaseUrl(value) }).toEqual({
            at: `${name}.${key}`,
            value,
            safe: true,
          });
          checked.push(key);
        } else if (/PASSWORD|PWD|SECRET|^AUDIT_KEY$/i.test(key)) {
          expect({ at: `${name}.${key}`, value, safe: isSecretInterpolation(value) }).toEqual({
            at: `${name}.${key}`,
            value,
            safe: true,
          });
          checked.push(key);
        }
      }
    }
    // The stack has secrets to check: a rename of them would otherwise pass silently.
    expect(checked).toEqual(
      expect.arrayContaining([
        'POSTGRES_PASSWORD',
        'POSTGRES_PWD',
        'PGPASSWORD',
        'FIRECASE_OWNER_PASSWORD',
        'FIRECASE_APP_PASSWORD',
        'DATABASE_URL',
        'MIGRATION_DATABASE_URL',
        'JWT_SECRET',
        'AUDIT_KEY',
      ]),
    );
  });

  it('connects api and worker as firecase_app, and migrates as firecase_owner with no keys', () => {
    for (const name of ['api', 'worker']) {
      const env = environment(service(name));
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/firecase_app:/);
      expect(env).not.toHaveProperty('MIGRATION_DATABASE_URL');
      expect(env.AUDIT_KEY).toBeDefined();
    }
    const migrate = environment(service('migrate'));
    expect(migrate.MIGRATION_DATABASE_URL).toMatch(/^postgres:\/\/firecase_owner:/);
    // The owner's step never holds what the database must not see.
    expect(Object.keys(migrate).sort()).toEqual(['MIGRATION_DATABASE_URL', 'NODE_ENV']);
    expect(dependencies(service('migrate'))).toEqual({
      'firecase-db': 'service_completed_successfully',
    });
  });

  it("makes the two roles with the same SQL as npm start, from firecase-db's script", () => {
    const db = service('firecase-db');
    expect(commandText(db)).toContain('/firecase-db/setup-firecase.sh');
    expect(db.volumes).toContain('./deploy/postgres:/firecase-db:ro');
    const script = readFileSync(join(ROOT, 'deploy/postgres/setup-firecase.sh'), 'utf8');
    expect(script).toContain('firecase-roles.sql');
    expect(script).toContain('firecase-database.sql');
    for (const file of ['firecase-roles.sql', 'firecase-database.sql']) {
      expect(existsSync(join(ROOT, 'deploy/postgres', file))).toBe(true);
      expect(readFileSync(join(ROOT, 'tools/lib/postgres-roles.mjs'), 'utf8')).toContain(file);
    }
    // Nothing else creates the app's database behind the script's back any more.
    expect(JSON.stringify(service('postgresql'))).not.toContain('docker-entrypoint-initdb.d');
  });

  describe('Temporal behind mTLS', () => {
    const certs = '${FIRECASE_TEMPORAL_CERTS:-./deploy/temporal/certs}/';
    const mounted = (name: string) =>
      (service(name).volumes ?? [])
        .filter((volume) => volume.startsWith(certs))
        .map((volume) => volume.slice(certs.length).split(':').slice(0, 2).join(':'));

    it('requires a client certificate of its own CA on the frontend and between its services', () => {
      const env = environment(service('temporal'));
      expect(env).toMatchObject({
        TEMPORAL_TLS_REQUIRE_CLIENT_AUTH: 'true',
        TEMPORAL_TLS_SERVER_CA_CERT: '/certs/ca.pem',
        TEMPORAL_TLS_CLIENT1_CA_CERT: '/certs/ca.pem',
        TEMPORAL_TLS_CLIENT2_CA_CERT: '/certs/ca.pem',
        TEMPORAL_TLS_FRONTEND_CERT: '/certs/temporal.pem',
        TEMPORAL_TLS_SERVER_CERT: '/certs/temporal.pem',
      });
      expect(mounted('temporal')).toEqual([
        'ca.pem:/certs/ca.pem',
        'temporal.pem:/certs/temporal.pem',
        'temporal.key:/certs/temporal.key',
      ]);
      expect(service('temporal').ports).toEqual(['127.0.0.1:${TEMPORAL_PORT:-7233}:7233']);
    });

    it('gives the api, the worker, the UI and the setup step each a client certificate of its own', () => {
      expect(mounted('api')).toEqual([
        'ca.pem:/certs/ca.pem',
        'api.pem:/certs/client.pem',
        'api.key:/certs/client.key',
      ]);
      expect(mounted('worker')).toEqual([
        'ca.pem:/certs/ca.pem',
        'worker.pem:/certs/client.pem',
        'worker.key:/certs/client.key',
      ]);
      for (const name of ['api', 'worker']) {
        expect(environment(service(name))).toMatchObject({
          TEMPORAL_TLS: 'true',
          TEMPORAL_TLS_CA_PATH: '/certs/ca.pem',
          TEMPORAL_TLS_CLIENT_CERT_PATH: '/certs/client.pem',
          TEMPORAL_TLS_CLIENT_KEY_PATH: '/certs/client.key',
          TEMPORAL_TLS_SERVER_NAME: 'temporal',
        });
      }
      expect(environment(service('temporal-setup'))).toMatchObject({
        TEMPORAL_TLS_CERT: '/certs/admin.pem',
        TEMPORAL_TLS_KEY: '/certs/admin.key',
        TEMPORAL_TLS_SERVER_NAME: 'temporal',
      });
      // Every service that reaches Temporal presents a certificate.
      const clients = Object.entries(compose.services)
        .filter(([, svc]) => Object.values(environment(svc)).includes('temporal:7233'))
        .map(([name]) => name)
        .sort();
      expect(clients).toEqual(['api', 'temporal', 'temporal-setup', 'temporal-ui', 'worker']);
      for (const name of clients) {
        const env = environment(service(name));
        const certificate =
          env.TEMPORAL_TLS_CLIENT_CERT_PATH ??
          env.TEMPORAL_TLS_CERT ??
          env.TEMPORAL_TLS_FRONTEND_CERT;
        expect({ name, certificate }).toEqual({
          name,
          certificate: expect.stringMatching(/\.pem$/),
        });
      }
    });

    it('keeps the UI read-only and unpublished, behind a proxy that demands a client certificate', () => {
      const ui = service('temporal-ui');
      expect(environment(ui)).toMatchObject({
        TEMPORAL_DISABLE_WRITE_ACTIONS: 'true',
        TEMPORAL_TLS_CERT: '/certs/ui.pem',
        TEMPORAL_TLS_ENABLE_HOST_VERIFICATION: 'true',
      });
      expect(ui.ports).toBeUndefined();
      const proxy = service('temporal-ui-proxy');
      expect(proxy.ports).toEqual(['127.0.0.1:${TEMPORAL_UI_PORT:-8443}:8443']);
      const conf = readFileSync(join(ROOT, 'deploy/temporal/ui-proxy.conf'), 'utf8');
      expect(conf).toMatch(/^\s*ssl_verify_client\s+on;/m);
      expect(conf).toMatch(/^\s*ssl_client_certificate\s+\/certs\/ca\.pem;/m);
      expect(conf).toMatch(/^\s*proxy_pass\s+http:\/\/temporal-ui:8080;/m);
      expect(mounted('temporal-ui-proxy')).toEqual([
        'ca.pem:/certs/ca.pem',
        'ui-proxy.pem:/certs/ui-proxy.pem',
        'ui-proxy.key:/certs/ui-proxy.key',
      ]);
    });

    it('mounts only certificates that make-certs.sh makes, and never the CA key', () => {
      const script = readFileSync(join(ROOT, 'deploy/temporal/make-certs.sh'), 'utf8');
      const made = new Set(['ca.pem', 'ca.key']);
      for (const match of script.matchAll(/^leaf ([\w-]+) /gm)) {
        made.add(`${match[1]}.pem`);
        made.add(`${match[1]}.key`);
      }
      const all = Object.keys(compose.services).flatMap((name) =>
        mounted(name).map((mount) => mount.split(':')[0]),
      );
      expect(all.length).toBeGreaterThan(10);
      for (const file of all) expect({ file, made: made.has(file) }).toEqual({ file, made: true });
      expect(all).not.toContain('ca.key');
    });
  });

  describe('the secret checks themselves', () => {
    it.each([
      ['${POSTGRES_PASSWORD}', true],
      ['${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}', true],
      ['${APP_PASSWORD:-${POSTGRES_PASSWORD:?set it}}', true],
      ['hunter2', false],
      ['${POSTGRES_PASSWORD:-hunter2}', false],
      ['${POSTGRES_PASSWORD-}', false],
      ['x${POSTGRES_PASSWORD}', false],
    ])('isSecretInterpolation(%j) is %s', (value, expected) => {
      expect(isSecretInterpolation(value)).toBe(expected);
    });

    it.each([
      ['postgres://firecase:${DB_PASSWORD:?required}@postgresql:5432/firecase', true],
      ['${DATABASE_URL:?required}', true],
      ['postgres://firecase:secret@postgresql:5432/firecase', false],
      ['postgres://firecase:${DB_PASSWORD:-secret}@postgresql:5432/firecase', false],
      ['postgres://postgresql:5432/firecase', false],
    ])('isSafeDatabaseUrl(%j) is %s', (value, expected) => {
      expect(isSafeDatabaseUrl(value)).toBe(expected);
    });
  });
});
