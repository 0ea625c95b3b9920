import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export type ImportJobStatus = 'queued' | 'running' | 'completed' | 'failed';
export type ImportRowOutcome = 'pending' | 'opening' | 'imported' | 'already_imported' | 'rejected';

/** A data line of an import file as it is stored when the job is created. */
export type ImportRowToStore =
  | {
      readonly line: number;
      readonly outcome: 'pending';
      readonly body: unknown;
      readonly idempotencyKey: string;
      /** An earlier line with the same content: this one takes its outcome at the end. */
      readonly repeatsLine?: number;
    }
  | { readonly line: number; readonly outcome: 'rejected'; readonly problems: unknown }
  | { readonly line: number; readonly outcome: 'already_imported'; readonly caseNumber: string };

export interface ImportJobToCreate {
  readonly userId: string;
  readonly importer: unknown;
  readonly fileName: string | null;
  readonly fileFormat: 'csv' | 'xlsx';
  readonly fileEncoding: string | null;
  readonly columns: unknown;
  readonly rows: readonly ImportRowToStore[];
}

export interface ImportJobRecord {
  readonly id: string;
  readonly status: ImportJobStatus;
  readonly userId: string;
  readonly importer: unknown;
  readonly fileName: string | null;
  readonly fileFormat: 'csv' | 'xlsx';
  readonly fileEncoding: string | null;
  readonly columns: unknown;
  readonly totalRows: number;
  readonly counts: Readonly<Record<ImportRowOutcome, number>>;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

export interface ImportRowRecord {
  readonly line: number;
  readonly outcome: ImportRowOutcome;
  readonly caseNumber: string | null;
  readonly problems: unknown;
}

/** A row a runner is about to open a case for. */
export interface ImportRowToOpen {
  readonly line: number;
  readonly body: unknown;
  readonly idempotencyKey: string;
  /** An earlier attempt of this job may have opened the case before it was stopped. */
  readonly retried: boolean;
  /** The key had opened a case before this job first tried the row (an earlier import did). */
  readonly keySeenBefore: boolean;
}

export type ImportRowResult =
  | {
      readonly line: number;
      readonly outcome: 'imported' | 'already_imported';
      readonly caseNumber: string;
    }
  | { readonly line: number; readonly outcome: 'rejected'; readonly problems: unknown };

const OPEN = `('pending', 'opening')`;

/**
 * The case_import_job and case_import_row tables. A job is worked by whoever holds its lease;
 * row outcomes are only ever written once (from pending or opening), so a runner that lost its
 * lease without noticing cannot overwrite what the next one recorded.
 */
@Injectable()
export class CaseImportJobRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores the job and every row of its file in one transaction; answers the job's id. */
  async create(job: ImportJobToCreate): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO case_import_job (user_id, importer, file_name, file_format, file_encoding,
                                      columns, total_rows)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          job.userId,
          JSON.stringify(job.importer),
          job.fileName,
          job.fileFormat,
          job.fileEncoding,
          JSON.stringify(job.columns),
          job.rows.length,
        ],
      );
      const rows = job.rows.map((row) => ({
        line: row.line,
        outcome: row.outcome,
        body: 'body' in row ? row.body : null,
        idempotency_key: 'idempotencyKey' in row ? row.idempotencyKey : null,
        repeats_line: 'repeatsLine' in row ? (row.repeatsLine ?? null) : null,
        case_number: 'caseNumber' in row ? row.caseNumber : null,
        problems: 'problems' in row ? row.problems : null,
      }));
      await manager.query(
        `INSERT INTO case_import_row (job_id, line, outcome, body, idempotency_key, repeats_line,
                                      case_number, problems)
         SELECT $1, r.line, r.outcome, r.body, r.idempotency_key, r.repeats_line, r.case_number,
                r.problems
           FROM jsonb_to_recordset($2::jsonb) AS r(line integer, outcome text, body jsonb,
                idempotency_key text, repeats_line integer, case_number text, problems jsonb)`,
        [id, JSON.stringify(rows)],
      );
      return id;
    });
  }

  /**
   * Takes the oldest job that is waiting, or whose runner's lease has run out, for `runnerId`
   * until `leaseSeconds` from now. SKIP LOCKED: two runners never take the same job at once.
   */
  async claim(runnerId: string, leaseSeconds: number): Promise<ImportJobRecord | undefined> {
    const rows = await this.updating<{ id: string }>(
      `UPDATE case_import_job SET
         status = 'running', claimed_by = $1, attempts = attempts + 1,
         lease_expires_at = now() + $2 * interval '1 second',
         started_at = coalesce(started_at, now())
       WHERE id = (
         SELECT id FROM case_import_job
          WHERE status IN ('queued', 'running')
            AND (lease_expires_at IS NULL OR lease_expires_at < now())
          ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [runnerId, leaseSeconds],
    );
    return rows.length ? this.find(rows[0].id) : undefined;
  }

  /** Extends the lease; false when the job is no longer this runner's to work. */
  async renew(jobId: string, runnerId: string, leaseSeconds: number): Promise<boolean> {
    const rows = await this.updating(
      `UPDATE case_import_job SET lease_expires_at = now() + $3 * interval '1 second'
        WHERE id = $1 AND claimed_by = $2 AND status = 'running' RETURNING id`,
      [jobId, runnerId, leaseSeconds],
    );
    return rows.length > 0;
  }

  /**
   * The next open rows that stand for themselves (not repeats), in line order, marked as being
   * opened. Rows left `opening` by a runner that stopped come back with `retried`.
   */
  async startRows(jobId: string, limit: number): Promise<ImportRowToOpen[]> {
    const rows = await this.updating<Record<string, unknown>>(
      `WITH next AS (
         SELECT line, outcome = 'opening' AS retried FROM case_import_row
          WHERE job_id = $1 AND outcome IN ${OPEN} AND repeats_line IS NULL
          ORDER BY line LIMIT $2)
       UPDATE case_import_row r SET
         outcome = 'opening',
         key_seen_before = CASE WHEN next.retried THEN r.key_seen_before ELSE EXISTS (
           SELECT 1 FROM case_open_request o WHERE o.idempotency_key = r.idempotency_key) END
         FROM next
        WHERE r.job_id = $1 AND r.line = next.line
       RETURNING r.line, r.body, r.idempotency_key, next.retried, r.key_seen_before`,
      [jobId, limit],
    );
    return rows
      .map((row) => ({
        line: row.line as number,
        body: row.body,
        idempotencyKey: row.idempotency_key as string,
        retried: row.retried as boolean,
        keySeenBefore: row.key_seen_before as boolean,
      }))
      .sort((a, b) => a.line - b.line);
  }

  /** Records what became of rows still open; answers how many it recorded. */
  async record(jobId: string, results: readonly ImportRowResult[]): Promise<number> {
    if (results.length === 0) return 0;
    const rows = await this.updating(
      `UPDATE case_import_row r SET outcome = x.outcome, case_number = x.case_number,
              problems = x.problems
         FROM jsonb_to_recordset($2::jsonb) AS x(line integer, outcome text, case_number text,
              problems jsonb)
        WHERE r.job_id = $1 AND r.line = x.line AND r.outcome IN ${OPEN}
       RETURNING r.line`,
      [
        jobId,
        JSON.stringify(
          results.map((result) => ({
            line: result.line,
            outcome: result.outcome,
            case_number: 'caseNumber' in result ? result.caseNumber : null,
            problems: 'problems' in result ? result.problems : null,
          })),
        ),
      ],
    );
    return rows.length;
  }

  /**
   * Gives every repeated line the outcome of the line it repeats, once no line it could repeat
   * is open: the case that line opened, or a problem saying that line was not imported.
   */
  async settleRepeats(jobId: string, problemsOfRejectedOriginal: (line: number) => unknown) {
    const repeats: { line: number; repeats_line: number; outcome: string; case_number: string }[] =
      await this.dataSource.query(
        `SELECT r.line, r.repeats_line, o.outcome, o.case_number
           FROM case_import_row r JOIN case_import_row o
             ON o.job_id = r.job_id AND o.line = r.repeats_line
          WHERE r.job_id = $1 AND r.outcome IN ${OPEN} AND o.outcome NOT IN ${OPEN}`,
        [jobId],
      );
    await this.record(
      jobId,
      repeats.map((row): ImportRowResult =>
        row.outcome === 'rejected'
          ? {
              line: row.line,
              outcome: 'rejected',
              problems: problemsOfRejectedOriginal(row.repeats_line),
            }
          : { line: row.line, outcome: 'already_imported', caseNumber: row.case_number },
      ),
    );
  }

  /** Completes the job if no row is open any more; false otherwise (or if it is not ours). */
  async complete(jobId: string, runnerId: string): Promise<boolean> {
    const rows = await this.updating(
      `UPDATE case_import_job SET status = 'completed', finished_at = now(), claimed_by = NULL,
              lease_expires_at = NULL, last_error = NULL
        WHERE id = $1 AND claimed_by = $2 AND status = 'running'
          AND NOT EXISTS (SELECT 1 FROM case_import_row
                           WHERE job_id = $1 AND outcome IN ${OPEN})
       RETURNING id`,
      [jobId, runnerId],
    );
    return rows.length > 0;
  }

  /** Gives up on the job for good, keeping what its rows recorded. */
  async fail(jobId: string, runnerId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE case_import_job SET status = 'failed', finished_at = now(), claimed_by = NULL,
              lease_expires_at = NULL, last_error = $3
        WHERE id = $1 AND claimed_by = $2`,
      [jobId, runnerId, error],
    );
  }

  /**
   * Lets go of the job so that any runner may take it after `delaySeconds` (0: at once), e.g.
   * at shutdown, or after a failure that retrying may cure (PostgreSQL or Temporal away).
   */
  async release(
    jobId: string,
    runnerId: string,
    delaySeconds: number,
    error?: string,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE case_import_job SET claimed_by = NULL,
              lease_expires_at = now() + $3 * interval '1 second',
              last_error = coalesce($4, last_error)
        WHERE id = $1 AND claimed_by = $2`,
      [jobId, runnerId, delaySeconds, error ?? null],
    );
  }

  /** TypeORM answers an UPDATE with [rows, count]; this gives the rows it returned. */
  private async updating<T = unknown>(sql: string, params: unknown[]): Promise<T[]> {
    const [rows]: [T[], number] = await this.dataSource.query(sql, params);
    return rows;
  }

  async find(jobId: string): Promise<ImportJobRecord | undefined> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${JOB_COLUMNS}, ${COUNTS} FROM case_import_job j WHERE j.id = $1`,
      [jobId],
    );
    return rows.length ? toJob(rows[0]) : undefined;
  }

  /** A user's jobs, newest first. */
  async listForUser(userId: string, limit: number): Promise<ImportJobRecord[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${JOB_COLUMNS}, ${COUNTS} FROM case_import_job j
        WHERE j.user_id = $1 ORDER BY j.created_at DESC LIMIT $2`,
      [userId, limit],
    );
    return rows.map(toJob);
  }

  /** Every row's outcome so far, in line order. */
  async rows(jobId: string): Promise<ImportRowRecord[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT line, outcome, case_number, problems FROM case_import_row
        WHERE job_id = $1 ORDER BY line`,
      [jobId],
    );
    return rows.map((row) => ({
      line: row.line as number,
      outcome: row.outcome as ImportRowOutcome,
      caseNumber: (row.case_number as string | null) ?? null,
      problems: row.problems ?? null,
    }));
  }
}

const JOB_COLUMNS = `j.id, j.status, j.user_id, j.importer, j.file_name, j.file_format,
  j.file_encoding, j.columns, j.total_rows, j.attempts, j.last_error, j.created_at, j.started_at,
  j.finished_at`;

const COUNTS = `(SELECT jsonb_object_agg(outcome, n) FROM (
    SELECT outcome, count(*)::int AS n FROM case_import_row WHERE job_id = j.id GROUP BY outcome
  ) c) AS counts`;

function toJob(row: Record<string, unknown>): ImportJobRecord {
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);
  const counts = (row.counts ?? {}) as Partial<Record<ImportRowOutcome, number>>;
  return {
    id: row.id as string,
    status: row.status as ImportJobStatus,
    userId: row.user_id as string,
    importer: row.importer,
    fileName: (row.file_name as string | null) ?? null,
    fileFormat: row.file_format as 'csv' | 'xlsx',
    fileEncoding: (row.file_encoding as string | null) ?? null,
    columns: row.columns,
    totalRows: row.total_rows as number,
    counts: {
      pending: counts.pending ?? 0,
      opening: counts.opening ?? 0,
      imported: counts.imported ?? 0,
      already_imported: counts.already_imported ?? 0,
      rejected: counts.rejected ?? 0,
    },
    attempts: row.attempts as number,
    lastError: (row.last_error as string | null) ?? null,
    createdAt: iso(row.created_at) as string,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}
