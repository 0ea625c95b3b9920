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
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function startPostgresChild(options: PostgresChildOptions): Promise<PostgresChild>;
