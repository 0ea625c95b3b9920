import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AppConfig } from '@firecase/config';
import {
  DEFAULT_REPORT_POLICY,
  isChinaDate,
  type ReportKind,
  reportPeriodBefore,
  reportPeriodContaining,
} from '@firecase/domain';
import { renderProgressReport } from '@firecase/notices';
import { ProgressReportRepository, ProgressReportStore } from '@firecase/persistence';

/** Progress reports: generated on demand for any period, or as the Schedule stored them. */
@Injectable()
export class ProgressReportService {
  constructor(
    private readonly config: AppConfig,
    private readonly reports: ProgressReportRepository,
    private readonly store: ProgressReportStore,
  ) {}

  /** The report of the week or month containing `date` (Beijing), or of the last complete one. */
  async onDemand(kind: ReportKind, date: string | undefined) {
    if (date !== undefined && !isChinaDate(date)) {
      throw new BadRequestException('date is not a real date');
    }
    const now = new Date().toISOString();
    const period =
      date === undefined
        ? reportPeriodBefore(kind, now)
        : reportPeriodContaining(kind, new Date(`${date}T12:00:00+08:00`).toISOString());
    const data = await this.reports.gather(
      period,
      now,
      this.config.notices.issuer,
      DEFAULT_REPORT_POLICY.overdueListLimit,
    );
    return { period, ...(await renderProgressReport(data)) };
  }

  list(kind: ReportKind | undefined) {
    return this.store.list(kind);
  }

  async stored(id: string) {
    const found = await this.store.files(id);
    if (!found) throw new NotFoundException(`report ${id} not found`);
    return found;
  }
}
