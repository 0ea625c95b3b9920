import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client } from '@temporalio/client';
import { CASE_TASK_QUEUE } from '@firecase/contract';
import { DEFAULT_REPORT_POLICY, REPORT_KINDS } from '@firecase/domain';
import { ensureReportSchedule, reportScheduleSpec } from './report-schedules';

const RETRY_MS = 60_000;

/**
 * The weekly and monthly progress reports run on Temporal Schedules; the worker makes sure they
 * exist (with the report policy's times) when it starts, and keeps trying while Temporal is not
 * reachable yet, without holding up the worker.
 */
@Injectable()
export class ReportScheduleInstaller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReportScheduleInstaller.name);
  private retry?: NodeJS.Timeout;

  constructor(private readonly client: Client) {}

  onApplicationBootstrap(): void {
    void this.install();
  }

  onApplicationShutdown(): void {
    if (this.retry) clearTimeout(this.retry);
  }

  private async install(): Promise<void> {
    try {
      for (const kind of REPORT_KINDS) {
        const outcome = await ensureReportSchedule(
          this.client,
          kind,
          reportScheduleSpec(kind, DEFAULT_REPORT_POLICY),
          CASE_TASK_QUEUE,
        );
        this.logger.log(`progress report schedule (${kind}) ${outcome}`);
      }
    } catch (error) {
      this.logger.warn(`progress report schedules not installed yet: ${String(error)}`);
      this.retry = setTimeout(() => void this.install(), RETRY_MS);
      this.retry.unref();
    }
  }
}
