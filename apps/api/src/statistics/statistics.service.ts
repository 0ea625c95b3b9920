import { Injectable } from '@nestjs/common';
import {
  categoryLabel,
  COLOURED_STATUSES,
  DEFAULT_THREE_COLOUR_POLICY,
  departmentLabel,
  dueSoonBefore,
  hazardTypeLabel,
  labelOf,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '@firecase/domain';
import {
  type CaseCounts,
  CaseStatisticsRepository,
  OrganisationRepository,
  type StatisticsFilter,
} from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { caseScopeOf } from '../authz/case-scope';
import type { StatisticsQuery } from './statistics.query';

/** One group of a count: its code, its Chinese name, how many cases. */
export interface CountEntry {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

export interface StatisticsSummary {
  /** The instant the counts and the three colours are as of. */
  readonly asOf: string;
  readonly total: number;
  readonly byStatus: CountEntry[];
  readonly byCategory: CountEntry[];
  readonly byHazardType: CountEntry[];
  readonly bySeverity: CountEntry[];
  readonly byCommunity: CountEntry[];
  readonly byGrid: (CountEntry & { readonly community: string })[];
  readonly byDepartment: CountEntry[];
  readonly byMonth: CountEntry[];
  /** 整改率: rectified (re-inspected or struck off) of the cases found (voided left out). */
  readonly rectification: {
    readonly found: number;
    readonly rectified: number;
    readonly rate: number | null;
  };
  /** 三色 of the open cases: the rule of threeColourOf in @firecase/domain. */
  readonly threeColour: {
    readonly overdue: number;
    readonly dueSoon: number;
    readonly onTime: number;
    readonly dueSoonDays: number;
    readonly dueSoonBefore: string;
  };
}

/** 统计: counts of the read model, scoped to the caller exactly as the ledger is. */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly statistics: CaseStatisticsRepository,
    private readonly organisation: OrganisationRepository,
  ) {}

  filterOf(query: StatisticsQuery, user: AuthenticatedUser): StatisticsFilter {
    return {
      status: query.status,
      category: query.category,
      severity: query.severity,
      department: query.department,
      community: query.community,
      grid: query.grid,
      overdue: query.overdue,
      dueBefore: query.dueBefore,
      dueAfter: query.dueAfter,
      text: query.q,
      campaignId: query.campaign,
      scope: caseScopeOf(user),
    };
  }

  async summary(
    filter: StatisticsFilter,
    asOf = new Date().toISOString(),
  ): Promise<StatisticsSummary> {
    const policy = DEFAULT_THREE_COLOUR_POLICY;
    const cutoff = dueSoonBefore(asOf, policy);
    const [counts, communities] = await Promise.all([
      this.statistics.counts(filter, cutoff),
      this.organisation.communities(),
    ]);
    const communityName = new Map(communities.map((c) => [c.code, c.name]));
    return {
      asOf,
      total: counts.total,
      byStatus: entries(counts.byStatus, (code) => labelOf(STATUS_LABELS, code)),
      byCategory: entries(counts.byCategory, categoryLabel),
      byHazardType: entries(counts.byHazardType, hazardTypeLabel),
      bySeverity: entries(counts.bySeverity, (code) => labelOf(SEVERITY_LABELS, code)),
      byCommunity: entries(counts.byCommunity, (code) => communityName.get(code) ?? code),
      byGrid: gridEntries(counts),
      byDepartment: entries(counts.byDepartment, departmentLabel),
      byMonth: entries(
        counts.byMonth,
        (month) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`,
      ).sort((a, b) => a.key.localeCompare(b.key)),
      rectification: rectificationOf(counts),
      threeColour: threeColourOf(counts, cutoff, policy.dueSoonDays),
    };
  }
}

function entries(counts: Readonly<Record<string, number>>, label: (code: string) => string) {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function gridEntries(counts: CaseCounts) {
  return Object.entries(counts.byGrid)
    .map(([key, count]) => {
      const [community, grid] = key.split('\u0000');
      return { community, key: grid, label: grid === '' ? '（未划分网格）' : grid, count };
    })
    .sort((a, b) => a.community.localeCompare(b.community) || a.key.localeCompare(b.key));
}

export function rectificationOf(counts: Pick<CaseCounts, 'total' | 'byStatus'>) {
  const found = counts.total - (counts.byStatus.voided ?? 0);
  const rectified = (counts.byStatus.rectified ?? 0) + (counts.byStatus.closed ?? 0);
  return { found, rectified, rate: found === 0 ? null : rectified / found };
}

function threeColourOf(counts: CaseCounts, cutoff: string, dueSoonDays: number) {
  const sum = (table: Readonly<Record<string, number>>) =>
    COLOURED_STATUSES.reduce((total, status) => total + (table[status] ?? 0), 0);
  const onBoard = sum(counts.byStatus);
  const overdue = sum(counts.overdueByStatus);
  return {
    overdue,
    dueSoon: counts.dueSoon,
    onTime: onBoard - overdue - counts.dueSoon,
    dueSoonDays,
    dueSoonBefore: cutoff,
  };
}
