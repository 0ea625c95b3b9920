import { ConfigError } from './config-error';
import { loadConfig, loadMigrationConfig } from './load-config';

const minimal = { DATABASE_URL: 'postgres://app:secret@db.internal:5432/firecase' };

describe(loadConfig.name, () => {
  it('applies defaults when only the database is given', () => {
    const config = loadConfig(minimal);
    expect(config.http.port).toBe(3000);
    expect(config.temporal.address).toBe('127.0.0.1:7233');
    expect(config.temporal.namespace).toBe('default');
    expect(config.temporal.tls).toBeUndefined();
    expect(config.temporal.maxCachedWorkflows).toBe(250);
    expect(config.environment).toBe('development');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ TEMPORAL_ADDRESS: 'temporal' }, 'TEMPORAL_ADDRESS'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_SSL: 'maybe' }, 'DATABASE_SSL'],
    [{ JWT_SECRET: 'too-short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }, 'AUDIT_KEY'],
    [{ AUDIT_KEY: 'too-short' }, 'AUDIT_KEY'],
    [{ MIGRATION_DATABASE_URL: 'mysql://x@y/z' }, 'MIGRATION_DATABASE_URL'],
    [{ ACCESS_TOKEN_TTL_SECONDS: '0' }, 'ACCESS_TOKEN_TTL_SECONDS'],
    [{ REFRESH_TOKEN_TTL_DAYS: 'a week' }, 'REFRESH_TOKEN_TTL_DAYS'],
    [{ CORS_ORIGINS: 'https://ok.example, not an origin' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://ok.example/path' }, 'CORS_ORIGINS'],
    [{ OIDC_ISSUER_URL: 'https://id.example' }, 'OIDC_AUDIENCE'],
    [{ OIDC_ISSUER_URL: 'ftp://id.example', OIDC_AUDIENCE: 'firecase' }, 'OIDC_ISSUER_URL'],
    [{ LOCAL_PASSWORDS: 'false' }, 'LOCAL_PASSWORDS'],
    [{ LOCAL_PASSWORDS: 'perhaps' }, 'LOCAL_PASSWORDS'],
    [{ WORKER_MAX_CACHED_WORKFLOWS: '0' }, 'WORKER_MAX_CACHED_WORKFLOWS'],
    [
      { TEMPORAL_TLS: 'true', TEMPORAL_TLS_CLIENT_CERT_PATH: '/c.pem' },
      'TEMPORAL_TLS_CLIENT_KEY_PATH',
    ],
  ])('rejects %p naming %s', (override, variable) => {
    const attempt = () => loadConfig({ ...minimal, ...override });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('reads TRUST_PROXY as a flag, a hop count or a list of proxies', () => {
    expect(loadConfig(minimal).http.trustProxy).toBe(false);
    expect(loadConfig({ ...minimal, TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
    expect(loadConfig({ ...minimal, TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ ...minimal, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).http.trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
  });

  it('requires DATABASE_URL', () => {
    expect(() => loadConfig({})).toThrow(
      'Invalid configuration: DATABASE_URL is required but not set',
    );
  });

  it('reads TLS settings for a remote Temporal cluster', () => {
    const config = loadConfig({
      ...minimal,
      TEMPORAL_ADDRESS: 'firecase.tmprl.example:7233',
      TEMPORAL_TLS: 'true',
      TEMPORAL_TLS_CLIENT_CERT_PATH: '/certs/client.pem',
      TEMPORAL_TLS_CLIENT_KEY_PATH: '/certs/client.key',
    });
    expect(config.temporal.tls).toEqual({
      clientCertPath: '/certs/client.pem',
      clientKeyPath: '/certs/client.key',
      serverNameOverride: undefined,
      serverRootCaCertPath: undefined,
    });
  });

  it('generates a per-boot JWT secret outside production when none is set, and says so', () => {
    const first = loadConfig(minimal).auth;
    expect(first.jwtSecretGenerated).toBe(true);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig(minimal).auth.jwtSecret).not.toBe(first.jwtSecret);
  });

  it('reads the auth settings, with 15-minute access and 7-day refresh tokens by default', () => {
    const secret = 'x'.repeat(32);
    const production = { NODE_ENV: 'production', JWT_SECRET: secret, AUDIT_KEY: 'k'.repeat(32) };
    expect(loadConfig({ ...minimal, ...production }).auth).toEqual({
      jwtSecret: secret,
      jwtSecretGenerated: false,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 7,
    });
    const tuned = loadConfig({
      ...minimal,
      ACCESS_TOKEN_TTL_SECONDS: '60',
      REFRESH_TOKEN_TTL_DAYS: '1',
    }).auth;
    expect([tuned.accessTokenTtlSeconds, tuned.refreshTokenTtlDays]).toEqual([60, 1]);
  });

  it('keeps CORS closed unless CORS_ORIGINS names origins', () => {
    expect(loadConfig(minimal).corsOrigins).toEqual([]);
    expect(
      loadConfig({ ...minimal, CORS_ORIGINS: 'https://a.example, http://localhost:5173' })
        .corsOrigins,
    ).toEqual(['https://a.example', 'http://localhost:5173']);
  });

  it('signs in with local passwords only, unless OIDC_ISSUER_URL names a provider', () => {
    expect(loadConfig(minimal).signIn).toEqual({ localPasswords: true });
    expect(
      loadConfig({
        ...minimal,
        OIDC_ISSUER_URL: 'https://id.example/realms/firecase',
        OIDC_AUDIENCE: 'firecase-web',
        LOCAL_PASSWORDS: 'false',
      }).signIn,
    ).toEqual({
      localPasswords: false,
      oidc: {
        issuerUrl: 'https://id.example/realms/firecase',
        audience: 'firecase-web',
        usernameClaim: 'preferred_username',
      },
    });
    const byEmail = loadConfig({
      ...minimal,
      OIDC_ISSUER_URL: 'https://id.example',
      OIDC_AUDIENCE: 'firecase-web',
      OIDC_USERNAME_CLAIM: 'email',
    }).signIn;
    expect(byEmail.oidc?.usernameClaim).toBe('email');
    expect(byEmail.localPasswords).toBe(true);
  });

  it('keeps the migration owner apart from the application role', () => {
    expect(loadConfig(minimal).database).toEqual({
      url: minimal.DATABASE_URL,
      migrationUrl: undefined,
      poolSize: 10,
      ssl: false,
    });
    const owner = 'postgres://firecase_owner:s3cret@db.internal:5432/firecase';
    expect(loadConfig({ ...minimal, MIGRATION_DATABASE_URL: owner }).database.migrationUrl).toBe(
      owner,
    );
  });

  it('reads only the database for migrations: the owner, else DATABASE_URL, and no keys', () => {
    const owner = 'postgres://firecase_owner:s3cret@db.internal:5432/firecase';
    // Production without JWT_SECRET or AUDIT_KEY: the migrate step never needs them.
    const env = { NODE_ENV: 'production', MIGRATION_DATABASE_URL: owner };
    expect(loadMigrationConfig(env)).toEqual({
      url: owner,
      migrationUrl: owner,
      poolSize: 2,
      ssl: false,
    });
    expect(loadMigrationConfig(minimal).url).toBe(minimal.DATABASE_URL);
    expect(() => loadMigrationConfig({})).toThrow(
      'Invalid configuration: DATABASE_URL is required but not set',
    );
  });

  it('keeps one generated audit key per process when AUDIT_KEY is unset, and says so', () => {
    const first = loadConfig(minimal).audit;
    expect(first.keyGenerated).toBe(true);
    expect(first.key.length).toBeGreaterThanOrEqual(32);
    // The api and the worker of one process must seal and verify alike.
    expect(loadConfig(minimal).audit.key).toBe(first.key);
    const key = 'an-audit-key-of-at-least-32-characters';
    expect(loadConfig({ ...minimal, AUDIT_KEY: key }).audit).toEqual({ key, keyGenerated: false });
  });
});
