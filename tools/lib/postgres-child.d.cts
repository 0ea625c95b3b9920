export interface PostgresChildOptions {
  logFile: string;
  dataDir: string;
  port: number;
  database: string;
  user: string;
  password: string;
}

export interface PostgresChild {
  url: string;
  fresh: boolean;
  /** The wrapper process (postgres-process.mjs); the server itself runs as its child. */
  pid: number;
  exited: Promise<number | null>;
  exitedWith: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export function startPostgresChild(options: PostgresChildOptions): Promise<PostgresChild>;
