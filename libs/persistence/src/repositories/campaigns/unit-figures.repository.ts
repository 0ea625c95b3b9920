import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  departmentLabel,
  RUNG_LEVELS,
  type UnitFigures,
  type UnitKind,
  type UnitRef,
} from '@firecase/domain';
import { campaignMemberSql } from './campaign-membership.sql';

/**
 * 督导考核 figures of every unit in a campaign, from the case read model and the campaign's sweep
 * tasks: every department and community of the organisation, those without cases too.
 */
@Injectable()
export class UnitFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every unit's figures (or only `unit`'s) at `asOf`; none for an unknown campaign. */
  async figures(campaignCode: string, asOf: string, unit?: UnitRef): Promise<UnitFigures[]> {
    const rows = await this.dataSource.query<FiguresRow[]>(FIGURES_SQL, [
      campaignCode,
      asOf,
      RUNG_LEVELS.interview,
      unit?.kind ?? null,
      unit?.code ?? null,
    ]);
    return rows.map((row) => toFigures(row, campaignCode, asOf));
  }
}

const OPEN = `status NOT IN ('rectified', 'closed', 'voided')`;

const FIGURES_SQL = `
  WITH c AS (SELECT * FROM campaign WHERE code = $1),
  member AS (
    SELECT h.department, h.community, h.status, h.overdue, h.escalation_level,
           h.discovered_at, h.closed_at, h.deadline_at
      FROM hazard_case h, c
     WHERE ${campaignMemberSql('h', 'c')}
       AND ($4::text IS NULL OR ($4 = 'department' AND h.department = $5)
                             OR ($4 = 'community' AND h.community = $5))
  ),
  units AS (
    SELECT 'department' AS unit_kind, code AS unit_code, name AS unit_name FROM department
    UNION ALL
    SELECT 'community', code, name FROM community
  ),
  cases AS (
    SELECT kind AS unit_kind, code AS unit_code,
           count(*) FILTER (WHERE status <> 'voided')::int AS found,
           count(*) FILTER (WHERE status IN ('rectified', 'closed'))::int AS rectified,
           count(*) FILTER (WHERE overdue AND ${OPEN})::int AS overdue,
           percentile_cont(0.5) WITHIN GROUP (
             ORDER BY extract(epoch FROM closed_at - discovered_at) / 86400
           ) FILTER (WHERE status = 'closed') AS median_days,
           count(*) FILTER (WHERE escalation_level > $3 AND ${OPEN})::int AS past_interview,
           coalesce(max(extract(epoch FROM $2::timestamptz - deadline_at) / 86400)
             FILTER (WHERE overdue AND ${OPEN} AND deadline_at IS NOT NULL), 0) AS longest_overdue
      FROM member,
           LATERAL (VALUES ('department', member.department), ('community', member.community))
             AS unit(kind, code)
     GROUP BY kind, code
  ),
  tasks AS (
    SELECT unit_kind, unit_code, count(*)::int AS total,
           count(*) FILTER (WHERE status = 'done')::int AS done,
           count(*) FILTER (WHERE status = 'missed' OR (status = 'open' AND due_at < $2))::int
             AS undone_past_due
      FROM sweep_task WHERE campaign_code = $1
     GROUP BY unit_kind, unit_code
  )
  SELECT u.unit_kind, u.unit_code, u.unit_name,
         coalesce(cases.found, 0) AS found, coalesce(cases.rectified, 0) AS rectified,
         coalesce(cases.overdue, 0) AS overdue, cases.median_days,
         coalesce(cases.past_interview, 0) AS past_interview,
         coalesce(cases.longest_overdue, 0) AS longest_overdue,
         coalesce(tasks.total, 0) AS tasks_total, coalesce(tasks.done, 0) AS tasks_done,
         coalesce(tasks.undone_past_due, 0) AS tasks_undone
    FROM units u
    JOIN c ON true
    LEFT JOIN cases ON cases.unit_kind = u.unit_kind AND cases.unit_code = u.unit_code
    LEFT JOIN tasks ON tasks.unit_kind = u.unit_kind AND tasks.unit_code = u.unit_code
   WHERE $4::text IS NULL OR (u.unit_kind = $4 AND u.unit_code = $5)
   ORDER BY u.unit_kind DESC, u.unit_code`;

interface FiguresRow {
  readonly unit_kind: UnitKind;
  readonly unit_code: string;
  readonly unit_name: string;
  readonly found: number;
  readonly rectified: number;
  readonly overdue: number;
  readonly median_days: number | null;
  readonly past_interview: number;
  readonly longest_overdue: string | number;
  readonly tasks_total: number;
  readonly tasks_done: number;
  readonly tasks_undone: number;
}

function toFigures(row: FiguresRow, campaignCode: string, asOf: string): UnitFigures {
  return {
    unit: {
      kind: row.unit_kind,
      code: row.unit_code,
      name: row.unit_kind === 'department' ? departmentLabel(row.unit_code) : row.unit_name,
    },
    campaignCode,
    asOf,
    found: row.found,
    rectified: row.rectified,
    overdue: row.overdue,
    rectificationRate: row.found === 0 ? null : row.rectified / row.found,
    medianDaysToFix:
      row.median_days === null ? null : Math.round(Number(row.median_days) * 10) / 10,
    pastInterviewRung: row.past_interview,
    longestOverdueDays: Math.floor(Number(row.longest_overdue)),
    sweepTasks: { total: row.tasks_total, done: row.tasks_done, undonePastDue: row.tasks_undone },
  };
}
