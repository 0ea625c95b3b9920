import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LedgerScope } from '../hazard-case-ledger.repository';

/** A key period's cases and sweep tasks. */
export interface KeyPeriodCounts {
  readonly found: number;
  readonly rectified: number;
  readonly overdue: number;
  readonly sweepTasks: { readonly total: number; readonly done: number; readonly undone: number };
}

/**
 * Per key period of a campaign: the campaign's cases discovered during it (an index range on
 * (campaign_id, discovered_at)), and its sweep tasks.
 */
@Injectable()
export class CampaignStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async keyPeriod(
    campaignCode: string,
    period: { readonly code: string; readonly startsAt: string; readonly endsAt: string },
    asOf: string,
    scope: LedgerScope | undefined,
  ): Promise<KeyPeriodCounts> {
    const params: unknown[] = [campaignCode, period.startsAt, period.endsAt];
    const scoped = scope ? `AND (department = ANY($4::text[]) OR community = ANY($5::text[]))` : '';
    if (scope) params.push([...scope.departments], [...scope.communities]);
    const [cases] = await this.dataSource.query<
      { found: number; rectified: number; overdue: number }[]
    >(
      `SELECT count(*) FILTER (WHERE status <> 'voided')::int AS found,
              count(*) FILTER (WHERE status IN ('rectified', 'closed'))::int AS rectified,
              count(*) FILTER (WHERE overdue AND status NOT IN ('rectified', 'closed', 'voided'))::int
                AS overdue
         FROM hazard_case
        WHERE campaign_id = $1 AND discovered_at >= $2 AND discovered_at < $3 ${scoped}`,
      params,
    );
    const [tasks] = await this.dataSource.query<{ total: number; done: number; undone: number }[]>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'done')::int AS done,
              count(*) FILTER (WHERE status = 'missed' OR (status = 'open' AND due_at < $3))::int
                AS undone
         FROM sweep_task WHERE campaign_code = $1 AND key_period_code = $2`,
      [campaignCode, period.code, asOf],
    );
    return { ...cases, sweepTasks: tasks };
  }
}
