import { randomBytes } from 'node:crypto';
import { AppConfig, type DatabaseConfig } from './app-config';
import { ConfigError } from './config-error';
import { type Env, EnvReader } from './env-reader';
import { readNotifications } from './notifications-config';

const ENVIRONMENTS = ['development', 'test', 'production'] as const;
const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Parses the environment into an AppConfig, or throws a ConfigError naming the bad variable. */
export function loadConfig(env: Env): AppConfig {
  const read = new EnvReader(env);
  const environment = read.oneOf('NODE_ENV', ENVIRONMENTS, 'development');
  return new AppConfig({
    environment,
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, environment === 'production' ? 'log' : 'debug'),
    http: {
      host: read.string('HOST', '0.0.0.0'),
      port: read.port('PORT', 3000),
      trustProxy: readTrustProxy(read.optionalString('TRUST_PROXY')),
    },
    database: readDatabase(read),
    auth: readAuth(read, environment),
    audit: readAudit(read, environment),
    signIn: readSignIn(read),
    corsOrigins: readCorsOrigins(read),
    notices: {
      issuer: read.string('NOTICE_ISSUER', '重庆市万州区太白街道办事处'),
    },
    notifications: readNotifications(read),
    temporal: {
      address: read.hostPort('TEMPORAL_ADDRESS', '127.0.0.1:7233'),
      namespace: read.string('TEMPORAL_NAMESPACE', 'default'),
      tls: readTemporalTls(read),
      apiKey: read.optionalString('TEMPORAL_API_KEY'),
      maxCachedWorkflows: read.positiveInt('WORKER_MAX_CACHED_WORKFLOWS', 250),
    },
  });
}

/**
 * What `npm run migrate` needs, and nothing else: the owner's URL (MIGRATION_DATABASE_URL, or
 * DATABASE_URL where one role does everything). The migrate step never gets the signing keys.
 */
export function loadMigrationConfig(env: Env): DatabaseConfig {
  const read = new EnvReader(env);
  const url = read.optionalString('MIGRATION_DATABASE_URL')
    ? read.url('MIGRATION_DATABASE_URL', POSTGRES_PROTOCOLS)
    : read.url('DATABASE_URL', POSTGRES_PROTOCOLS);
  return {
    url,
    migrationUrl: url,
    poolSize: 2,
    ssl: read.boolean('DATABASE_SSL', false),
  };
}

const POSTGRES_PROTOCOLS = ['postgres:', 'postgresql:'];

function readDatabase(read: EnvReader): DatabaseConfig {
  return {
    url: read.url('DATABASE_URL', POSTGRES_PROTOCOLS),
    migrationUrl: read.optionalString('MIGRATION_DATABASE_URL')
      ? read.url('MIGRATION_DATABASE_URL', POSTGRES_PROTOCOLS)
      : undefined,
    poolSize: read.positiveInt('DATABASE_POOL_SIZE', 10),
    ssl: read.boolean('DATABASE_SSL', false),
  };
}

const MIN_JWT_SECRET_LENGTH = 32;
const MIN_AUDIT_KEY_LENGTH = 32;

/**
 * One per process, not per call: the api and the worker of one test process (or the apps a test
 * boots twice) must seal and verify with the same key when none is configured.
 */
let processAuditKey: string | undefined;

function readAudit(read: EnvReader, environment: AppConfig['environment']): AppConfig['audit'] {
  const key = read.optionalString('AUDIT_KEY');
  if (key !== undefined && key.length < MIN_AUDIT_KEY_LENGTH) {
    throw new ConfigError('AUDIT_KEY', `must be at least ${MIN_AUDIT_KEY_LENGTH} characters`);
  }
  if (key === undefined && environment === 'production') {
    throw new ConfigError('AUDIT_KEY', 'is required in production');
  }
  if (key !== undefined) return { key, keyGenerated: false };
  processAuditKey ??= randomBytes(32).toString('base64url');
  return { key: processAuditKey, keyGenerated: true };
}

function readAuth(read: EnvReader, environment: AppConfig['environment']): AppConfig['auth'] {
  const secret = read.optionalString('JWT_SECRET');
  if (secret !== undefined && secret.length < MIN_JWT_SECRET_LENGTH) {
    throw new ConfigError('JWT_SECRET', `must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
  }
  if (secret === undefined && environment === 'production') {
    throw new ConfigError('JWT_SECRET', 'is required in production');
  }
  return {
    jwtSecret: secret ?? randomBytes(32).toString('base64url'),
    jwtSecretGenerated: secret === undefined,
    accessTokenTtlSeconds: read.positiveInt('ACCESS_TOKEN_TTL_SECONDS', 15 * 60),
    refreshTokenTtlDays: read.positiveInt('REFRESH_TOKEN_TTL_DAYS', 7),
  };
}

function readSignIn(read: EnvReader): AppConfig['signIn'] {
  const localPasswords = read.boolean('LOCAL_PASSWORDS', true);
  if (read.optionalString('OIDC_ISSUER_URL') === undefined) {
    if (!localPasswords) {
      throw new ConfigError('LOCAL_PASSWORDS', 'can only be false when OIDC_ISSUER_URL is set');
    }
    return { localPasswords };
  }
  return {
    localPasswords,
    oidc: {
      // The issuer is compared with `iss` as written, so it is kept exactly as configured.
      issuerUrl: read.url('OIDC_ISSUER_URL', ['https:', 'http:']),
      audience: read.string('OIDC_AUDIENCE'),
      usernameClaim: read.string('OIDC_USERNAME_CLAIM', 'preferred_username'),
    },
  };
}

function readCorsOrigins(read: EnvReader): string[] {
  const raw = read.optionalString('CORS_ORIGINS');
  if (raw === undefined) return [];
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(
        'CORS_ORIGINS',
        `"${origin}" is not an origin like https://example.org`,
      );
    }
    if (parsed.origin !== origin) {
      throw new ConfigError(
        'CORS_ORIGINS',
        `"${origin}" is not an origin like https://example.org`,
      );
    }
  }
  return origins;
}

function readTemporalTls(read: EnvReader): AppConfig['temporal']['tls'] {
  if (!read.boolean('TEMPORAL_TLS', false)) return undefined;
  const clientCertPath = read.optionalString('TEMPORAL_TLS_CLIENT_CERT_PATH');
  const clientKeyPath = read.optionalString('TEMPORAL_TLS_CLIENT_KEY_PATH');
  if ((clientCertPath === undefined) !== (clientKeyPath === undefined)) {
    throw new ConfigError(
      clientCertPath ? 'TEMPORAL_TLS_CLIENT_KEY_PATH' : 'TEMPORAL_TLS_CLIENT_CERT_PATH',
      'must be set together with its certificate/key partner',
    );
  }
  return {
    serverNameOverride: read.optionalString('TEMPORAL_TLS_SERVER_NAME'),
    serverRootCaCertPath: read.optionalString('TEMPORAL_TLS_CA_PATH'),
    clientCertPath,
    clientKeyPath,
  };
}

/** TRUST_PROXY: true/false, a number of hops, or addresses/subnets (e.g. "loopback, 10.0.0.0/8"). */
function readTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}
