import type { Logger } from 'typeorm';

/** A TypeORM logger that keeps the last query it saw, so EXPLAIN runs exactly what was timed. */
export class QueryCapture implements Logger {
  last?: { readonly sql: string; readonly params: readonly unknown[] };

  logQuery(sql: string, params?: unknown[]): void {
    this.last = { sql, params: params ?? [] };
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
