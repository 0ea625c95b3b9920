/**
 * The whole runtime configuration, parsed once at boot by `loadConfig`. It is a class so that
 * Nest can inject it by type; nothing else in the code base reads `process.env`.
 */
export class AppConfig {
  readonly environment: 'development' | 'test' | 'production';
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  readonly http: {
    readonly host: string;
    readonly port: number;
  };
  readonly database: {
    /** postgres:// URL; credentials live only in the environment. */
    readonly url: string;
    readonly poolSize: number;
    readonly ssl: boolean;
  };
  readonly notices: {
    /** 发文机关 printed on every rectification notice. */
    readonly issuer: string;
  };
  readonly temporal: {
    readonly address: string;
    readonly namespace: string;
    readonly tls?: {
      readonly serverNameOverride?: string;
      readonly serverRootCaCertPath?: string;
      readonly clientCertPath?: string;
      readonly clientKeyPath?: string;
    };
    readonly apiKey?: string;
  };

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }
}
