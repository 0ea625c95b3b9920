export interface PostgresChildOptions {
  logFile: string;
  dataDir: string;
  port: number;
  database: string;
  /** The cluster's superuser. */
  user: string;
  password: string;
  /** Makes firecase_owner own the database and lets firecase_app use it. */
  roles?: { ownerPassword: string; appPassword: string };
}

export interface PostgresChild {
  /** The superuser's URL. */
  url: string;
  /** With `roles`: firecase_owner's URL (migrations) and firecase_app's (the apps). */
  ownerUrl?: string;
  appUrl?: string;
  fresh: boolean;
  /** The wrapper process (postgres-process.mjs); the server itself runs as its child. */
  pid: number;
  exited: Promise<number | null>;
  exitedWith: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export function startPostgresChild(options: PostgresChildOptions): Promise<PostgresChild>;
