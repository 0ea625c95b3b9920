import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PrintedDeadlineReview } from '@firecase/domain';
import type { LedgerScope } from './hazard-case-ledger.repository';
import { StatutoryCalendar, type StatutoryYear, type StatutoryYearEntry } from '@firecase/calendar';

export interface StatutoryYearLoadRecord {
  readonly loadId: string;
  readonly year: number;
  readonly document: string;
  readonly loadedBy: string;
  readonly loadedByName: string;
  readonly loadedAt: string;
  /** Whether the year was loaded before (by the office) and this load replaced it. */
  readonly replaced: boolean;
}

export interface PrintedDeadlineOnDayOff {
  readonly caseNumber: string;
  readonly department: string;
  readonly community: string;
  readonly address: string;
  /** The case's own record of it, as its state holds it. */
  readonly review: PrintedDeadlineReview;
}

interface DayRow {
  year: number;
  date: string;
  kind: 'holiday' | 'adjusted_working_day';
  name: string;
  source_document: string;
  loaded_by: string;
  loaded_at: Date;
}

/**
 * The statutory calendar's administered years: the office loads each year from the State
 * Council's notice; a loaded year replaces the library's for that year. Every load is kept.
 */
@Injectable()
export class StatutoryCalendarRepository {
  private cached?: { readonly version: string; readonly calendar: StatutoryCalendar };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Loads or replaces a year (already validated), in one transaction with `alsoRecord`. */
  async load(
    entry: StatutoryYearEntry,
    by: { readonly userId: string; readonly name: string },
    alsoRecord?: (manager: EntityManager, load: StatutoryYearLoadRecord) => Promise<void>,
  ): Promise<StatutoryYearLoadRecord> {
    return this.dataSource.transaction(async (manager) => {
      const loadId = randomUUID();
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('statutory_calendar'), $1)`, [
        entry.year,
      ]);
      const [{ loaded_at }]: { loaded_at: Date }[] = await manager.query(
        `INSERT INTO statutory_calendar_load
           (load_id, year, source_document, holidays, adjusted_working_days, loaded_by, loaded_by_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING loaded_at`,
        [
          loadId,
          entry.year,
          entry.document,
          JSON.stringify(entry.holidays),
          JSON.stringify(entry.adjustedWorkingDays),
          by.userId,
          by.name,
        ],
      );
      const previous: unknown[] = await manager.query(
        `SELECT 1 FROM statutory_calendar_year WHERE year = $1`,
        [entry.year],
      );
      await manager.query(
        `INSERT INTO statutory_calendar_year (year, load_id) VALUES ($1, $2)
         ON CONFLICT (year) DO UPDATE SET load_id = EXCLUDED.load_id`,
        [entry.year, loadId],
      );
      await manager.query(`DELETE FROM statutory_calendar_day WHERE year = $1`, [entry.year]);
      const days = [
        ...entry.holidays.map((d) => ({ ...d, kind: 'holiday' })),
        ...entry.adjustedWorkingDays.map((d) => ({ ...d, kind: 'adjusted_working_day' })),
      ];
      if (days.length > 0) {
        await manager.query(
          `INSERT INTO statutory_calendar_day (date, year, kind, name)
           SELECT d.date::date, $1, d.kind, d.name
           FROM jsonb_to_recordset($2::jsonb) AS d(date text, kind text, name text)`,
          [entry.year, JSON.stringify(days)],
        );
      }
      const load: StatutoryYearLoadRecord = {
        loadId,
        year: entry.year,
        document: entry.document,
        loadedBy: by.userId,
        loadedByName: by.name,
        loadedAt: loaded_at.toISOString(),
        replaced: previous.length > 0,
      };
      // The admin log's entry, in the load's own transaction: both commit or neither.
      await alsoRecord?.(manager, load);
      return load;
    });
  }

  /** The years the office has loaded, as the calendar reads them. */
  async administeredYears(): Promise<StatutoryYear[]> {
    const rows: DayRow[] = await this.dataSource.query(
      `SELECT y.year, to_char(d.date, 'YYYY-MM-DD') AS date, d.kind, d.name,
              l.source_document, l.loaded_by, l.loaded_at
         FROM statutory_calendar_year y
         JOIN statutory_calendar_load l ON l.load_id = y.load_id
         LEFT JOIN statutory_calendar_day d ON d.year = y.year
        ORDER BY y.year, d.date`,
    );
    const years = new Map<
      number,
      StatutoryYear & { holidays: Map<string, string>; adjustedWorkingDays: Map<string, string> }
    >();
    for (const row of rows) {
      let year = years.get(row.year);
      if (!year) {
        year = {
          year: row.year,
          holidays: new Map(),
          adjustedWorkingDays: new Map(),
          source: {
            kind: 'administered',
            document: row.source_document,
            loadedBy: row.loaded_by,
            loadedAt: new Date(row.loaded_at).toISOString(),
          },
        };
        years.set(row.year, year);
      }
      if (row.date === null) continue; // a year loaded with no days at all
      (row.kind === 'holiday' ? year.holidays : year.adjustedWorkingDays).set(row.date, row.name);
    }
    return [...years.values()];
  }

  /**
   * The calendar deadlines are planned on: the library's years with the office's in their place.
   * One small query checks for a newer load; the days are read again only then.
   */
  async calendar(): Promise<StatutoryCalendar> {
    const [{ version }]: { version: string }[] = await this.dataSource.query(
      `SELECT count(*) || ':' || coalesce(string_agg(load_id::text, ',' ORDER BY year), '') AS version
         FROM statutory_calendar_year`,
    );
    if (this.cached?.version !== version) {
      this.cached = {
        version,
        calendar: StatutoryCalendar.builtIn().with(await this.administeredYears()),
      };
    }
    return this.cached.calendar;
  }

  /** Every load of a year, newest first. */
  async loadsOf(year: number): Promise<StatutoryYearLoadRecord[]> {
    const rows: {
      load_id: string;
      source_document: string;
      loaded_by: string;
      loaded_by_name: string;
      loaded_at: Date;
      seq: string;
    }[] = await this.dataSource.query(
      `SELECT load_id, source_document, loaded_by, loaded_by_name, loaded_at,
              row_number() OVER (ORDER BY loaded_at) AS seq
         FROM statutory_calendar_load WHERE year = $1 ORDER BY loaded_at DESC`,
      [year],
    );
    return rows.map((row) => ({
      loadId: row.load_id,
      year,
      document: row.source_document,
      loadedBy: row.loaded_by,
      loadedByName: row.loaded_by_name,
      loadedAt: new Date(row.loaded_at).toISOString(),
      replaced: Number(row.seq) > 1,
    }));
  }

  /**
   * Open cases whose printed rectification deadline falls on a day off by a calendar loaded after
   * the notice was issued: a supervisor decides whether to extend each. Scoped like the ledger.
   */
  async printedDeadlinesOnDaysOff(scope?: LedgerScope): Promise<PrintedDeadlineOnDayOff[]> {
    const params: unknown[] = [];
    const scoped = scope ? `AND (department = ANY($1::text[]) OR community = ANY($2::text[]))` : '';
    if (scope) params.push([...scope.departments], [...scope.communities]);
    const rows: {
      case_number: string;
      department: string;
      community: string;
      address: string;
      review: PrintedDeadlineOnDayOff['review'];
    }[] = await this.dataSource.query(
      `SELECT case_number, department, community, address,
              snapshot->'state'->'printedDeadlineReview' AS review
         FROM hazard_case
        WHERE snapshot->'state' ? 'printedDeadlineReview'
          AND status NOT IN ('closed', 'voided') ${scoped}
        ORDER BY case_number`,
      params,
    );
    return rows.map((row) => ({
      caseNumber: row.case_number,
      department: row.department,
      community: row.community,
      address: row.address,
      review: row.review,
    }));
  }

  /** Open cases with a deadline waiting for `year`, in case-number order, a page at a time. */
  async casesWaitingFor(year: number, after: string, limit: number): Promise<string[]> {
    const rows: { case_number: string }[] = await this.dataSource.query(
      `SELECT case_number FROM hazard_case
        WHERE provisional_years @> ARRAY[$1]::integer[] AND provisional_years <> '{}'
          AND case_number > $2 AND status NOT IN ('closed', 'voided')
        ORDER BY case_number LIMIT $3`,
      [year, after, limit],
    );
    return rows.map((row) => row.case_number);
  }
}
