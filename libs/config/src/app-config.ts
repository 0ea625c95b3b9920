import type { NotificationsConfig } from './notifications-config';

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
    /**
     * Express's `trust proxy`: which proxies' X-Forwarded-For to believe, so the client address
     * (the login rate limit counts per address) is the caller's, not the proxy's.
     */
    readonly trustProxy: boolean | number | string;
  };
  readonly database: DatabaseConfig;
  readonly auth: {
    /**
     * HMAC key of access tokens. Required (at least 32 characters) in production; elsewhere a
     * random key per boot when unset (`jwtSecretGenerated`), so tokens do not survive a restart.
     */
    readonly jwtSecret: string;
    readonly jwtSecretGenerated: boolean;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlDays: number;
  };
  readonly signIn: {
    /** `LOCAL_PASSWORDS=false` turns `POST /auth/login` off, leaving the OIDC provider. */
    readonly localPasswords: boolean;
    /** Set when `OIDC_ISSUER_URL` is: ID tokens of this provider sign users in. */
    readonly oidc?: {
      readonly issuerUrl: string;
      /** The client id the ID tokens must be issued to (`aud`). */
      readonly audience: string;
      /** The claim naming the local user (`preferred_username` by default). */
      readonly usernameClaim: string;
    };
  };
  readonly audit: {
    /**
     * AUDIT_KEY: the HMAC key that seals each audit event and the head of each case's chain. The
     * database never sees it, so whoever can rewrite the tables still cannot forge a seal.
     * Required in production; elsewhere, when unset, one random key per process
     * (`keyGenerated`), so seals written then do not verify after a restart.
     */
    readonly key: string;
    readonly keyGenerated: boolean;
  };
  /** Browser origins allowed by CORS; empty (the default) means CORS stays closed. */
  readonly corsOrigins: readonly string[];
  readonly notices: {
    /** 发文机关 printed on every rectification notice. */
    readonly issuer: string;
  };
  /** E-mail and SMS channels and the dispatcher (issue 10); see notifications-config.ts. */
  readonly notifications: NotificationsConfig;
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
    /**
     * Case workflows the worker keeps in memory between tasks (the SDK's sticky cache). Its
     * default follows the heap limit (about 2,300 on a 4 GiB heap, 1.5 GiB of RSS); evicted
     * cases are replayed from their history when next touched (WORKER_MAX_CACHED_WORKFLOWS).
     */
    readonly maxCachedWorkflows: number;
  };

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }
}

/** Where the application's PostgreSQL is, and as whom it connects. */
export interface DatabaseConfig {
  /** postgres:// URL of the application's role; credentials live only in the environment. */
  readonly url: string;
  /**
   * MIGRATION_DATABASE_URL: the owner's URL, which runs migrations. The application's role may
   * not change the schema (nor UPDATE or DELETE the audit tables); unset, migrations use `url`.
   */
  readonly migrationUrl?: string;
  readonly poolSize: number;
  readonly ssl: boolean;
}
