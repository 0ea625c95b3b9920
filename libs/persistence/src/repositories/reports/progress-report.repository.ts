import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  COLOURED_STATUSES,
  type CampaignState,
  departmentLabel,
  dueSoonBefore,
  type ReportPeriod,
  subtractDuration,
  addDuration,
  type UnitKind,
} from '@firecase/domain';
import type {
  ProgressReportData,
  ReportKeyPeriodLine,
  ReportOverdueLine,
  ReportSupervisionLine,
  ReportUnitLine,
} from '@firecase/notices';
import { CaseStatisticsRepository } from '../statistics/case-statistics.repository';

const COLOURED_SQL = `(${COLOURED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * What a progress report (消防安全隐患排查整治工作进展情况) says, gathered from the read models:
 * the whole office's figures now (from the statistics tallies), each unit's this period and in all,
 * the overdue cases, the unit supervision cases and the key periods the period touched.
 */
@Injectable()
export class ProgressReportRepository {
  private readonly statistics: CaseStatisticsRepository;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.statistics = new CaseStatisticsRepository(dataSource);
  }

  async gather(
    period: ReportPeriod,
    generatedAt: string,
    issuer: string,
    overdueListLimit: number,
  ): Promise<ProgressReportData> {
    const { startsAt, endsAt } = period;
    const [counts, inPeriod, units, overdue, supervisions, keyPeriods] = await Promise.all([
      this.statistics.counts({}, dueSoonBefore(generatedAt)),
      this.periodTotals(startsAt, endsAt),
      this.units(startsAt, endsAt),
      this.overdue(generatedAt, overdueListLimit),
      this.supervisions(startsAt),
      this.keyPeriods(startsAt, endsAt),
    ]);
    const coloured = (table: Readonly<Record<string, number>>) =>
      COLOURED_STATUSES.reduce((n, s) => n + (table[s] ?? 0), 0);
    const found = counts.total - (counts.byStatus.voided ?? 0);
    const rectified = (counts.byStatus.rectified ?? 0) + (counts.byStatus.closed ?? 0);
    const overdueNow = coloured(counts.overdueByStatus);
    return {
      kind: period.kind,
      issuer,
      periodStart: startsAt,
      periodEnd: endsAt,
      generatedAt,
      totals: {
        ...inPeriod,
        found,
        rectified,
        rectificationRate: found === 0 ? null : rectified / found,
        overdue: overdueNow,
        threeColour: {
          overdue: overdueNow,
          dueSoon: counts.dueSoon,
          onTime: coloured(counts.byStatus) - overdueNow - counts.dueSoon,
        },
      },
      units,
      overdueList: overdue.lines,
      overdueTotal: overdue.total,
      supervisions,
      keyPeriods,
    };
  }

  private async periodTotals(start: string, end: string) {
    const [row] = await this.dataSource.query<{ found: number; closed: number; major: number }[]>(
      `SELECT (SELECT count(*) FROM hazard_case
                WHERE discovered_at >= $1 AND discovered_at < $2 AND status <> 'voided')::int AS found,
              (SELECT count(*) FROM hazard_case
                WHERE closed_at >= $1 AND closed_at < $2 AND status = 'closed')::int AS closed,
              (SELECT count(*) FROM hazard_case
                WHERE severity = 'major' AND status IN ${COLOURED_SQL})::int AS major`,
      [start, end],
    );
    return { foundInPeriod: row.found, closedInPeriod: row.closed, majorOpen: row.major };
  }

  /** Every department and community: this period's cases by index range, all cases by tally. */
  private async units(start: string, end: string): Promise<ReportUnitLine[]> {
    const rows = await this.dataSource.query<UnitRow[]>(
      `WITH units AS (
         SELECT 'department' AS kind, code, name FROM department
         UNION ALL SELECT 'community', code, name FROM community
       ),
       totals AS (
         SELECT kind, code, sum(cases) FILTER (WHERE status <> 'voided')::int AS found,
                sum(cases) FILTER (WHERE status IN ('rectified', 'closed'))::int AS rectified,
                sum(cases) FILTER (WHERE overdue AND status IN ${COLOURED_SQL})::int AS overdue
           FROM case_tally,
                LATERAL (VALUES ('department', department), ('community', community)) u(kind, code)
          GROUP BY kind, code
       ),
       found AS (
         SELECT kind, code, count(*)::int AS n FROM hazard_case,
                LATERAL (VALUES ('department', department), ('community', community)) u(kind, code)
          WHERE discovered_at >= $1 AND discovered_at < $2 AND status <> 'voided'
          GROUP BY kind, code
       ),
       closed AS (
         SELECT kind, code, count(*)::int AS n,
                percentile_cont(0.5) WITHIN GROUP (
                  ORDER BY extract(epoch FROM closed_at - discovered_at) / 86400) AS median_days
           FROM hazard_case,
                LATERAL (VALUES ('department', department), ('community', community)) u(kind, code)
          WHERE closed_at >= $1 AND closed_at < $2 AND status = 'closed'
          GROUP BY kind, code
       )
       SELECT u.kind, u.code, u.name, coalesce(found.n, 0) AS found_in_period,
              coalesce(closed.n, 0) AS closed_in_period, coalesce(totals.found, 0) AS found,
              coalesce(totals.rectified, 0) AS rectified, coalesce(totals.overdue, 0) AS overdue,
              closed.median_days
         FROM units u
         LEFT JOIN totals USING (kind, code)
         LEFT JOIN found USING (kind, code)
         LEFT JOIN closed USING (kind, code)
        ORDER BY u.kind DESC, coalesce(totals.overdue, 0) DESC, u.code`,
      [start, end],
    );
    return rows.map((r) => ({
      kind: r.kind,
      code: r.code,
      name: r.kind === 'department' ? departmentLabel(r.code) : r.name,
      foundInPeriod: r.found_in_period,
      closedInPeriod: r.closed_in_period,
      found: r.found,
      rectified: r.rectified,
      overdue: r.overdue,
      rectificationRate: r.found === 0 ? null : r.rectified / r.found,
      medianDaysToFix: r.median_days === null ? null : Math.round(Number(r.median_days) * 10) / 10,
    }));
  }

  private async overdue(asOf: string, limit: number) {
    const [lines, [{ total }]] = await Promise.all([
      this.dataSource.query<OverdueRow[]>(
        `SELECT h.case_number, coalesce(c.name, h.community) AS community, h.department,
                h.hazard_type, h.address, h.responsible_party, h.deadline_at, h.escalation_level
           FROM hazard_case h LEFT JOIN community c ON c.code = h.community
          WHERE h.overdue AND h.status IN ${COLOURED_SQL}
          ORDER BY h.deadline_at ASC NULLS LAST, h.case_number LIMIT $1`,
        [limit],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM hazard_case WHERE overdue AND status IN ${COLOURED_SQL}`,
      ),
    ]);
    return {
      total,
      lines: lines.map((r): ReportOverdueLine => ({
        caseNumber: r.case_number,
        community: r.community,
        department: r.department,
        hazardType: r.hazard_type,
        address: r.address,
        responsibleParty: r.responsible_party,
        deadlineAt: r.deadline_at?.toISOString() ?? null,
        daysOverdue: r.deadline_at
          ? Math.max(0, Math.floor((Date.parse(asOf) - r.deadline_at.getTime()) / 86_400_000))
          : 0,
        escalationLevel: r.escalation_level,
      })),
    };
  }

  /** Open unit supervision cases, and those closed during the period. */
  private async supervisions(start: string): Promise<ReportSupervisionLine[]> {
    const rows = await this.dataSource.query<SupervisionRow[]>(
      `SELECT s.number, s.unit_name, coalesce(c.name, s.campaign_code) AS campaign_name, s.rung,
              s.status, s.opened_at, s.next_due_at, s.closed_at
         FROM unit_supervision_case s LEFT JOIN campaign c ON c.code = s.campaign_code
        WHERE s.status = 'open' OR s.closed_at >= $1
        ORDER BY s.status DESC, s.level DESC, s.number`,
      [start],
    );
    return rows.map((r) => ({
      number: r.number,
      unitName: r.unit_name,
      campaignName: r.campaign_name,
      rung: r.rung,
      status: r.status,
      openedAt: r.opened_at.toISOString(),
      nextDueAt: r.next_due_at?.toISOString() ?? null,
      closedAt: r.closed_at?.toISOString() ?? null,
    }));
  }

  /**
   * Key periods whose work touched the report period: from their warning (or their sweep's
   * opening) to their tasks falling due.
   */
  private async keyPeriods(start: string, end: string): Promise<ReportKeyPeriodLine[]> {
    const campaigns = await this.dataSource.query<
      { code: string; name: string; snapshot: CampaignState | null }[]
    >(
      `SELECT code, name, snapshot FROM campaign WHERE status <> 'cancelled' AND snapshot IS NOT NULL`,
    );
    const lines: ReportKeyPeriodLine[] = [];
    for (const { code, name, snapshot } of campaigns) {
      if (!snapshot) continue;
      const policy = snapshot.campaign.policy.keyPeriods;
      for (const period of snapshot.campaign.keyPeriods) {
        const earliest = Math.min(
          Date.parse(subtractDuration(period.startsAt, policy.warningBeforeStart)),
          Date.parse(subtractDuration(period.startsAt, policy.sweepOpensBeforeStart)),
        );
        const latest = Date.parse(addDuration(period.endsAt, policy.sweepDueAfterEnd));
        if (latest <= Date.parse(start) || earliest >= Date.parse(end)) continue;
        const steps = snapshot.steps.filter((s) => s.id.startsWith(`${period.code}/`));
        const sent = (kind: string) =>
          steps
            .filter((s) => s.kind === kind && s.outcome === 'done')
            .reduce((n, s) => n + s.recipients, 0);
        const tasks = snapshot.tasks.filter((t) => t.keyPeriodCode === period.code);
        const [{ n }] = await this.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM hazard_case
            WHERE campaign_id = $1 AND discovered_at >= $2 AND discovered_at < $3`,
          [code, period.startsAt, period.endsAt],
        );
        lines.push({
          campaignName: name,
          name: period.name,
          startsAt: period.startsAt,
          endsAt: period.endsAt,
          warningsSent: sent('warning'),
          sweepTasks: {
            total: tasks.length,
            done: tasks.filter((t) => t.status === 'done').length,
            undone: tasks.filter(
              (t) =>
                t.status === 'missed' ||
                (t.status === 'open' && Date.parse(t.dueAt) < Date.parse(end)),
            ).length,
          },
          nightPatrolReminders: sent('night_patrol'),
          hazardsFound: n,
        });
      }
    }
    return lines.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  }
}

interface UnitRow {
  readonly kind: UnitKind;
  readonly code: string;
  readonly name: string;
  readonly found_in_period: number;
  readonly closed_in_period: number;
  readonly found: number;
  readonly rectified: number;
  readonly overdue: number;
  readonly median_days: number | null;
}

interface OverdueRow {
  readonly case_number: string;
  readonly community: string;
  readonly department: string;
  readonly hazard_type: string;
  readonly address: string;
  readonly responsible_party: string;
  readonly deadline_at: Date | null;
  readonly escalation_level: number;
}

interface SupervisionRow {
  readonly number: string;
  readonly unit_name: string;
  readonly campaign_name: string;
  readonly rung: string;
  readonly status: string;
  readonly opened_at: Date;
  readonly next_due_at: Date | null;
  readonly closed_at: Date | null;
}
