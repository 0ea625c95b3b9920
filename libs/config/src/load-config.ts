import { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { type Env, EnvReader } from './env-reader';

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
    },
    database: {
      url: read.url('DATABASE_URL', ['postgres:', 'postgresql:']),
      poolSize: read.positiveInt('DATABASE_POOL_SIZE', 10),
      ssl: read.boolean('DATABASE_SSL', false),
    },
    notices: {
      issuer: read.string('NOTICE_ISSUER', '重庆市万州区太白街道办事处'),
    },
    temporal: {
      address: read.hostPort('TEMPORAL_ADDRESS', '127.0.0.1:7233'),
      namespace: read.string('TEMPORAL_NAMESPACE', 'default'),
      tls: readTemporalTls(read),
      apiKey: read.optionalString('TEMPORAL_API_KEY'),
    },
  });
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
