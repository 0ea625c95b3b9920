import { randomUUID } from 'node:crypto';
import {
  type BeforeApplicationShutdown,
  HttpException,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import {
  CaseImportJobRepository,
  type ImportJobRecord,
  type ImportRowResult,
  type ImportRowToOpen,
  UserRepository,
} from '@firecase/persistence';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CaseOpeningService } from '../../cases/case-opening.service';
import { OpenCaseDto } from '../../cases/dto/open-case.dto';
import { headerOf } from './import-fields';
import type { ImportColumnReport } from './import-header';
import { ownDepartmentOnly } from './import-row.checker';
import { mapConcurrently } from './map-concurrently';

/** A runner holds a job this long without renewing; renewed after every step. */
export const IMPORT_LEASE_SECONDS = 60;
/** Rows taken per step: each step ends by recording them and renewing the lease. */
const ROWS_PER_STEP = 16;
/** Cases opened at once: each is a PostgreSQL reservation plus a workflow start and query. */
const OPENING_CONCURRENCY = 4;
const IDLE_POLL_MS = 2_000;
/** Claims of one job before it is given up as failing for good (about an hour of backing off). */
const MAX_ATTEMPTS = 20;

/**
 * Works the background imports, in every API process: claims a job whose lease is free (see
 * CaseImportJobRepository), opens its rows a step at a time through CaseOpeningService (the
 * path of POST /cases, under each row's Idempotency-Key), records each outcome and renews the
 * lease. A process that dies leaves its job to the next runner once the lease runs out; rows it
 * had begun are opened again under the same key, which finds the case if it had been opened. A
 * failure retrying may cure (PostgreSQL or Temporal away) lets the job go for a while.
 */
@Injectable()
export class CaseImportRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CaseImportRunner.name);
  private readonly runnerId = randomUUID();
  private stopping = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;

  constructor(
    private readonly jobs: CaseImportJobRepository,
    private readonly users: UserRepository,
    private readonly opening: CaseOpeningService,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  /** Stops after the step in hand and lets its job go, so another process takes it at once. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
  }

  /** A job was just queued: look now rather than at the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        const job = await this.jobs.claim(this.runnerId, IMPORT_LEASE_SECONDS);
        if (job) await this.work(job);
        else await this.idle();
      } catch (error) {
        // Claiming failed (the database away): try again after a pause.
        this.logger.warn(`import runner: ${describe(error)}`);
        await this.idle();
      }
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, IDLE_POLL_MS);
      this.wakeUp = done;
    });
  }

  private async work(job: ImportJobRecord): Promise<void> {
    const user = await this.importerOf(job);
    if (!user) {
      await this.jobs.fail(job.id, this.runnerId, '导入人的账号已停用或已删除，其余的行不再导入');
      return;
    }
    try {
      for (;;) {
        if (this.stopping) {
          await this.jobs.release(job.id, this.runnerId, 0);
          return;
        }
        const rows = await this.jobs.startRows(job.id, ROWS_PER_STEP);
        if (rows.length === 0) {
          await this.jobs.settleRepeats(job.id, repeatOfRejected);
          if (await this.jobs.complete(job.id, this.runnerId)) return;
          // Rows another runner still holds (it lost the lease but works on): wait for them.
          await this.idle();
        } else {
          const results = await mapConcurrently(rows, OPENING_CONCURRENCY, (row) =>
            this.open(row, user, job),
          );
          await this.jobs.record(job.id, results);
        }
        if (!(await this.jobs.renew(job.id, this.runnerId, IMPORT_LEASE_SECONDS))) return;
      }
    } catch (error) {
      const message = describe(error);
      if (job.attempts >= MAX_ATTEMPTS) {
        this.logger.error(`import ${job.id} failed for good: ${message}`);
        await this.jobs.fail(job.id, this.runnerId, `导入中断次数过多，已停止：${message}`);
        return;
      }
      const delay = Math.min(300, 5 * 2 ** (job.attempts - 1));
      this.logger.warn(`import ${job.id} stopped (${message}); retrying in ${delay} s`);
      await this.jobs
        .release(job.id, this.runnerId, delay, `导入暂停，将自动重试：${message}`)
        .catch(() => undefined); // the lease runs out by itself if even this fails
    }
  }

  /** The importer as they are now: a job of a user since disabled opens nothing more. */
  private async importerOf(job: ImportJobRecord): Promise<AuthenticatedUser | undefined> {
    const user = await this.users.findById(job.userId);
    if (!user || user.disabled) return undefined;
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      departmentCode: user.departmentCode,
      communityCodes: user.communityCodes,
    };
  }

  private async open(
    row: ImportRowToOpen,
    user: AuthenticatedUser,
    job: ImportJobRecord,
  ): Promise<ImportRowResult> {
    try {
      const dto = plainToInstance(OpenCaseDto, row.body);
      const opened = await this.opening.open(dto, user, row.idempotencyKey);
      // Replayed on a retry of a row no earlier import had opened: this job opened it before
      // it was stopped, between opening the case and recording it.
      const openedHere = !opened.replayed || (row.retried && !row.keySeenBefore);
      return {
        line: row.line,
        outcome: openedHere ? 'imported' : 'already_imported',
        caseNumber: opened.caseNumber,
      };
    } catch (error) {
      // A row for a department the importer may no longer open cases for (403), or whose key
      // an earlier import used for other content (409/422), is that row's problem; anything
      // else (503: Temporal or the worker away; PostgreSQL down) stops the step, to be retried.
      const status = error instanceof HttpException ? error.getStatus() : undefined;
      if (status === 403) {
        const column = (job.columns as ImportColumnReport[]).find((c) => c.field === 'department');
        return rejected(
          row.line,
          'department',
          column?.column ?? headerOf('department'),
          ownDepartmentOnly(user.departmentCode),
        );
      }
      if (status === 409 || status === 422) {
        const caseNumber = /case (\S+?)\)/.exec((error as Error).message)?.[1] ?? '';
        return rejected(
          row.line,
          'row',
          null,
          `该行曾由先前的导入登记为 ${caseNumber}，但内容与当时不同`,
        );
      }
      throw error;
    }
  }
}

function rejected(
  line: number,
  field: string,
  column: string | null,
  problem: string,
): ImportRowResult {
  return { line, outcome: 'rejected', problems: [{ field, column, problems: [problem] }] };
}

function repeatOfRejected(line: number): unknown {
  return [
    { field: 'row', column: null, problems: [`与第 ${line} 行内容相同，第 ${line} 行未能导入`] },
  ];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
