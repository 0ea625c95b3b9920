import type { ReportKind, UnitKind } from '@firecase/domain';

/** One unit's line of the report: this period, and all its cases so far. */
export interface ReportUnitLine {
  readonly kind: UnitKind;
  readonly code: string;
  readonly name: string;
  readonly foundInPeriod: number;
  readonly closedInPeriod: number;
  readonly found: number;
  readonly rectified: number;
  readonly overdue: number;
  readonly rectificationRate: number | null;
  readonly medianDaysToFix: number | null;
}

export interface ReportOverdueLine {
  readonly caseNumber: string;
  readonly community: string;
  readonly department: string;
  readonly hazardType: string;
  readonly address: string;
  readonly responsibleParty: string;
  readonly deadlineAt: string | null;
  readonly daysOverdue: number;
  readonly escalationLevel: number;
}

export interface ReportSupervisionLine {
  readonly number: string;
  readonly unitName: string;
  readonly campaignName: string;
  /** supervision_notice, criticism or interview. */
  readonly rung: string;
  readonly status: string;
  readonly openedAt: string;
  readonly nextDueAt: string | null;
  readonly closedAt: string | null;
}

export interface ReportKeyPeriodLine {
  readonly campaignName: string;
  readonly name: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly warningsSent: number;
  readonly sweepTasks: { readonly total: number; readonly done: number; readonly undone: number };
  readonly nightPatrolReminders: number;
  readonly hazardsFound: number;
}

/** 消防安全隐患排查整治工作进展情况: what a weekly or monthly report says. */
export interface ProgressReportData {
  readonly kind: ReportKind;
  /** 发文机关, e.g. 重庆市万州区太白街道办事处. */
  readonly issuer: string;
  readonly periodStart: string;
  /** Exclusive: 00:00 Beijing of the day after the period's last. */
  readonly periodEnd: string;
  readonly generatedAt: string;
  readonly totals: {
    readonly foundInPeriod: number;
    readonly closedInPeriod: number;
    readonly found: number;
    readonly rectified: number;
    readonly rectificationRate: number | null;
    readonly overdue: number;
    readonly majorOpen: number;
    readonly threeColour: {
      readonly overdue: number;
      readonly dueSoon: number;
      readonly onTime: number;
    };
  };
  readonly units: readonly ReportUnitLine[];
  /** The longest overdue first, up to the policy's limit; `overdueTotal` says how many in all. */
  readonly overdueList: readonly ReportOverdueLine[];
  readonly overdueTotal: number;
  readonly supervisions: readonly ReportSupervisionLine[];
  readonly keyPeriods: readonly ReportKeyPeriodLine[];
}
