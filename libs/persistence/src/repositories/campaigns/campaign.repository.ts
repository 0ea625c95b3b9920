import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type CampaignDefinition,
  type CampaignSpan,
  type CampaignState,
  type CampaignStatus,
  campaignCovering,
  type SweepTask,
} from '@firecase/domain';
import { canonicalJson } from '../../audit/audit-hash';
import { AuditTrailRepository } from '../audit-trail.repository';

/** A campaign as the read model holds it: its definition, and the workflow's last view. */
export interface CampaignRecord {
  readonly code: string;
  readonly revision: number;
  readonly name: string;
  readonly status: CampaignStatus;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly definition: CampaignDefinition;
  /** The workflow's state at `revision`; absent until its first projection lands. */
  readonly state?: CampaignState;
}

/** The campaign and sweep_task tables; the campaign workflow's projection writes them. */
@Injectable()
export class CampaignRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditTrail: AuditTrailRepository,
  ) {}

  /**
   * Stores a new definition (revision 0, before its workflow starts). Answers 'exists' when the
   * code is taken: by the same definition (a retry) or by another one.
   */
  async define(definition: CampaignDefinition): Promise<'defined' | 'same' | 'different'> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO campaign (code, revision, name, status, starts_at, ends_at, policy_version,
         definition, defined_at)
       VALUES ($1, 0, $2, 'scheduled', $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [
        definition.code,
        definition.name,
        definition.startsAt,
        definition.endsAt,
        definition.policy.version,
        JSON.stringify(definition),
        definition.definedAt,
      ],
    );
    if (inserted.length > 0) return 'defined';
    const existing = await this.find(definition.code);
    return existing && sameDefinition(existing.definition, definition) ? 'same' : 'different';
  }

  async find(code: string): Promise<CampaignRecord | undefined> {
    const rows = await this.dataSource.query<CampaignRow[]>(
      `SELECT ${COLUMNS} FROM campaign WHERE code = $1`,
      [code],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async list(): Promise<CampaignRecord[]> {
    const rows = await this.dataSource.query<CampaignRow[]>(
      `SELECT ${COLUMNS} FROM campaign ORDER BY starts_at DESC, code`,
    );
    return rows.map(toRecord);
  }

  /** The spans of every campaign not cancelled, for membership and statistics. */
  async spans(): Promise<CampaignSpan[]> {
    const rows = await this.dataSource.query<{ code: string; starts_at: Date; ends_at: Date }[]>(
      `SELECT code, starts_at, ends_at FROM campaign WHERE status <> 'cancelled'`,
    );
    return rows.map((r) => ({
      code: r.code,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
    }));
  }

  /** The campaign whose period covers the instant (see campaignCovering), if any. */
  async covering(at: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<{ code: string; starts_at: Date; ends_at: Date }[]>(
      `SELECT code, starts_at, ends_at FROM campaign
        WHERE status <> 'cancelled' AND starts_at <= $1 AND ends_at > $1`,
      [at],
    );
    return campaignCovering(
      rows.map((r) => ({
        code: r.code,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
      })),
      at,
    )?.code;
  }

  async exists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM campaign WHERE code = $1`, [
      code,
    ]);
    return rows.length > 0;
  }

  /**
   * A campaign defined after some of its period's cases were registered claims those that
   * belong to no campaign; answers how many. Running it again claims nothing more.
   */
  async claimUnassignedCases(code: string): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, claimed] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE hazard_case h SET campaign_id = c.code FROM campaign c
        WHERE c.code = $1 AND h.campaign_id IS NULL
          AND h.discovered_at >= c.starts_at AND h.discovered_at < c.ends_at`,
      [code],
    );
    return claimed;
  }

  /**
   * The projection's one write: the campaign row, its sweep tasks and its new audit events in
   * one transaction. A revision not newer than the stored one changes nothing.
   */
  async project(subject: string, state: CampaignState): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, affected count].
      const [, updated] = await manager.query<[unknown[], number]>(
        `UPDATE campaign SET revision = $2, status = $3, snapshot = $4, updated_at = now()
          WHERE code = $1 AND revision < $2`,
        [state.campaign.code, state.revision, state.status, JSON.stringify(state)],
      );
      if (updated === 0) {
        // Still append events: a retry after a crash between the two writes finds the row newer.
        await this.auditTrail.appendCaseEvents(subject, state.events, manager);
        return false;
      }
      for (const task of state.tasks) await upsertTask(manager, state.campaign.code, task);
      await this.auditTrail.appendCaseEvents(subject, state.events, manager);
      return true;
    });
  }
}

async function upsertTask(
  manager: { query: DataSource['query'] },
  campaignCode: string,
  task: SweepTask,
): Promise<void> {
  await manager.query(
    `INSERT INTO sweep_task (campaign_code, task_id, key_period_code, unit_kind, unit_code,
       unit_name, place_types, opened_at, due_at, status, inspected_at, inspected_by,
       hazard_case_numbers)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
     ON CONFLICT (campaign_code, task_id) DO UPDATE SET
       status = EXCLUDED.status, inspected_at = EXCLUDED.inspected_at,
       inspected_by = EXCLUDED.inspected_by, hazard_case_numbers = EXCLUDED.hazard_case_numbers`,
    [
      campaignCode,
      task.id,
      task.keyPeriodCode,
      task.unit.kind,
      task.unit.code,
      task.unit.name,
      [...task.placeTypes],
      task.openedAt,
      task.dueAt,
      task.status,
      task.inspection?.inspectedAt ?? null,
      task.inspection?.by.name ?? null,
      [...(task.inspection?.hazardCaseNumbers ?? [])],
    ],
  );
}

const COLUMNS = `code, revision, name, status, starts_at, ends_at, definition, snapshot`;

interface CampaignRow {
  readonly code: string;
  readonly revision: number;
  readonly name: string;
  readonly status: CampaignStatus;
  readonly starts_at: Date;
  readonly ends_at: Date;
  readonly definition: CampaignDefinition;
  readonly snapshot: CampaignState | null;
}

function toRecord(row: CampaignRow): CampaignRecord {
  return {
    code: row.code,
    revision: row.revision,
    name: row.name,
    status: row.status,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    definition: row.definition,
    ...(row.snapshot ? { state: row.snapshot } : {}),
  };
}

/** A retry defines the same campaign: everything but who defined it and when. */
function sameDefinition(a: CampaignDefinition, b: CampaignDefinition): boolean {
  const strip = ({ definedAt: _at, definedBy: _by, ...rest }: CampaignDefinition) => rest;
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
}
