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
      'temporal',
      'temporal-setup',
      'temporal-ui',
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
        if (key === 'DATABASE_URL') {
          expect({ at: `${name}.${key}`, value, safe: isSafeDatabaseUrl(value) }).toEqual({
            at: `${name}.${key}`,
            value,
            safe: true,
          });
          checked.push(key);
        } else if (/PASSWORD|PWD/i.test(key)) {
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
      expect.arrayContaining(['POSTGRES_PASSWORD', 'POSTGRES_PWD', 'DATABASE_URL']),
    );
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
