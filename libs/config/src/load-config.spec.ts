import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const minimal = { DATABASE_URL: 'postgres://app:secret@db.internal:5432/firecase' };

describe(loadConfig.name, () => {
  it('applies defaults when only the database is given', () => {
    const config = loadConfig(minimal);
    expect(config.http.port).toBe(3000);
    expect(config.temporal.address).toBe('127.0.0.1:7233');
    expect(config.temporal.namespace).toBe('default');
    expect(config.temporal.tls).toBeUndefined();
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
    [
      { TEMPORAL_TLS: 'true', TEMPORAL_TLS_CLIENT_CERT_PATH: '/c.pem' },
      'TEMPORAL_TLS_CLIENT_KEY_PATH',
    ],
  ])('rejects %p naming %s', (override, variable) => {
    const attempt = () => loadConfig({ ...minimal, ...override });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
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
});
