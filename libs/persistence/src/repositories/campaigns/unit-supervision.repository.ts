import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { UnitAssessment, UnitRef, UnitSupervisionState } from '@firecase/domain';
import { AuditTrailRepository } from '../audit-trail.repository';

/** A row of the unit supervision read model. */
export interface SupervisionCaseRecord {
  readonly number: string;
  readonly revision: number;
  readonly campaignCode: string;
  readonly unit: UnitRef & { readonly name: string };
  readonly status: string;
  readonly level: number;
  readonly rung: string;
  readonly nextDueAt: string | null;
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly state: UnitSupervisionState;
}

export interface SupervisionFilter {
  readonly campaignCode?: string;
  readonly status?: string;
  readonly unitKind?: string;
  readonly unitCode?: string;
}

/** Numbers and read model of unit supervision cases (督办). */
@Injectable()
export class UnitSupervisionRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditTrail: AuditTrailRepository,
  ) {}

  /**
   * DB-YYYY-NNNN for a unit's n-th case in a campaign, numbered per year of `at` without gaps.
   * Asking again for the same unit and ordinal answers the number reserved the first time.
   */
  async reserveNumber(
    campaignCode: string,
    unit: UnitRef,
    ordinal: number,
    at: string,
  ): Promise<string> {
    return this.dataSource
      .transaction(async (manager) => {
        const find = async () =>
          (
            await manager.query<{ number: string }[]>(
              `SELECT number FROM unit_supervision_number
              WHERE campaign_code = $1 AND unit_kind = $2 AND unit_code = $3 AND ordinal = $4`,
              [campaignCode, unit.kind, unit.code, ordinal],
            )
          )[0]?.number;
        const earlier = await find();
        if (earlier) return earlier;
        const year = Number(new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 4));
        // The counter row is the year's lock: reservations queue on it, so numbers have no gaps.
        const [{ last_number: next }] = await manager.query<{ last_number: number }[]>(
          `INSERT INTO supervision_number_counter (year, last_number) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = supervision_number_counter.last_number + 1
         RETURNING last_number`,
          [year],
        );
        const meanwhile = await find();
        if (meanwhile) throw new ReservedMeanwhile(meanwhile);
        const number = `DB-${year}-${String(next).padStart(4, '0')}`;
        await manager.query(
          `INSERT INTO unit_supervision_number (number, campaign_code, unit_kind, unit_code, ordinal)
         VALUES ($1, $2, $3, $4, $5)`,
          [number, campaignCode, unit.kind, unit.code, ordinal],
        );
        return number;
      })
      .catch((error: unknown) => {
        // A concurrent reservation of the same unit and ordinal won; its number is the answer.
        if (error instanceof ReservedMeanwhile) return error.number;
        throw error;
      });
  }

  /** Each unit's latest supervision case in the campaign; a reserved, unprojected one is open. */
  async latestByUnit(
    campaignCode: string,
  ): Promise<Map<string, NonNullable<UnitAssessment['latestSupervision']>>> {
    const rows = await this.dataSource.query<
      {
        unit_kind: string;
        unit_code: string;
        number: string;
        ordinal: number;
        status: string | null;
      }[]
    >(
      `SELECT DISTINCT ON (n.unit_kind, n.unit_code) n.unit_kind, n.unit_code, n.number, n.ordinal,
              s.status
         FROM unit_supervision_number n
         LEFT JOIN unit_supervision_case s ON s.number = n.number
        WHERE n.campaign_code = $1
        ORDER BY n.unit_kind, n.unit_code, n.ordinal DESC`,
      [campaignCode],
    );
    return new Map(
      rows.map((r) => [
        `${r.unit_kind}:${r.unit_code}`,
        { number: r.number, ordinal: r.ordinal, open: r.status !== 'closed' },
      ]),
    );
  }

  /**
   * The projection's one write: the read-model row (only a newer revision replaces it) and the
   * case's new events in the audit trail, in one transaction.
   */
  async project(state: UnitSupervisionState, nextDueAt: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rung = state.rungs.at(-1);
      const rows: unknown[] = await manager.query(
        `INSERT INTO unit_supervision_case (number, revision, campaign_code, unit_kind, unit_code,
           unit_name, status, level, rung, next_due_at, opened_at, closed_at, snapshot)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
         ON CONFLICT (number) DO UPDATE SET
           revision = EXCLUDED.revision, status = EXCLUDED.status, level = EXCLUDED.level,
           rung = EXCLUDED.rung, next_due_at = EXCLUDED.next_due_at,
           closed_at = EXCLUDED.closed_at, snapshot = EXCLUDED.snapshot, updated_at = now()
         WHERE unit_supervision_case.revision < EXCLUDED.revision
         RETURNING number`,
        [
          state.number,
          state.revision,
          state.campaign.code,
          state.unit.kind,
          state.unit.code,
          state.unit.name,
          state.status,
          state.level,
          rung?.kind ?? 'supervision_notice',
          nextDueAt,
          state.openedAt,
          state.closure?.at ?? null,
          JSON.stringify(state),
        ],
      );
      await this.auditTrail.appendCaseEvents(state.number, state.events, manager);
      return rows.length > 0;
    });
  }

  async find(number: string): Promise<SupervisionCaseRecord | undefined> {
    const rows = await this.dataSource.query<SupervisionRow[]>(
      `SELECT ${COLUMNS} FROM unit_supervision_case WHERE number = $1`,
      [number],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async list(filter: SupervisionFilter): Promise<SupervisionCaseRecord[]> {
    const rows = await this.dataSource.query<SupervisionRow[]>(
      `SELECT ${COLUMNS} FROM unit_supervision_case
        WHERE ($1::text IS NULL OR campaign_code = $1) AND ($2::text IS NULL OR status = $2)
          AND ($3::text IS NULL OR unit_kind = $3) AND ($4::text IS NULL OR unit_code = $4)
        ORDER BY status DESC, next_due_at ASC NULLS LAST, number`,
      [
        filter.campaignCode ?? null,
        filter.status ?? null,
        filter.unitKind ?? null,
        filter.unitCode ?? null,
      ],
    );
    return rows.map(toRecord);
  }
}

class ReservedMeanwhile extends Error {
  constructor(readonly number: string) {
    super(`supervision number ${number} was reserved meanwhile`);
  }
}

const COLUMNS = `number, revision, campaign_code, unit_kind, unit_code, unit_name, status, level,
  rung, next_due_at, opened_at, closed_at, snapshot`;

interface SupervisionRow {
  readonly number: string;
  readonly revision: number;
  readonly campaign_code: string;
  readonly unit_kind: UnitRef['kind'];
  readonly unit_code: string;
  readonly unit_name: string;
  readonly status: string;
  readonly level: number;
  readonly rung: string;
  readonly next_due_at: Date | null;
  readonly opened_at: Date;
  readonly closed_at: Date | null;
  readonly snapshot: UnitSupervisionState;
}

function toRecord(row: SupervisionRow): SupervisionCaseRecord {
  return {
    number: row.number,
    revision: row.revision,
    campaignCode: row.campaign_code,
    unit: { kind: row.unit_kind, code: row.unit_code, name: row.unit_name },
    status: row.status,
    level: row.level,
    rung: row.rung,
    nextDueAt: row.next_due_at?.toISOString() ?? null,
    openedAt: row.opened_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    state: row.snapshot,
  };
}
