import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaseEvent } from '@firecase/domain';
import {
  type AuditChainHead,
  type AuditChainLink,
  type AuditChainVerification,
  type AuditHead,
  type AuditSeal,
  findUnkeyedBreak,
  linkAuditEvents,
  verifyAuditChain,
} from '../audit/audit-chain';
import { AuditKeyring } from '../audit/audit-keyring';
import { AdminLogRepository } from './audit-log/admin-log.repository';

/** One stored audit event, with when the database recorded it. */
export interface AuditEventRecord extends AuditChainLink {
  readonly recordedAt: string;
}

/** What sealing the events recorded before AUDIT_KEY did for one case. */
export type LegacySealing =
  | { readonly caseNumber: string; readonly sealed: number }
  | { readonly caseNumber: string; readonly refused: string };

/**
 * The append-only, hash-chained audit trail of each case (table audit_event), sealed with
 * AUDIT_KEY: a seal per event (audit_seal) and a head per case (audit_head), written together.
 */
@Injectable()
export class AuditTrailRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: AuditKeyring,
  ) {}

  /**
   * Appends the events after the last one stored for the case, each hashed on its predecessor
   * and sealed, moves the case's keyed head to the last of them, and returns how many were new.
   * Sending the whole timeline again is a no-op, so retries are harmless; a gap throws
   * AuditChainGapError and writes nothing. Pass a manager to join the caller's transaction
   * (this then runs in a savepoint of it).
   */
  async appendCaseEvents(
    caseNumber: string,
    events: readonly CaseEvent[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    // Always inside a transaction: the advisory lock is held until it ends, so concurrent
    // appends for one case read the head one after another and never both extend it.
    return manager.transaction(async (tx) => {
      await lockCase(tx, caseNumber);
      const [head] = await tx.query<AuditChainHead[]>(
        'SELECT seq, hash FROM audit_event WHERE case_number = $1 ORDER BY seq DESC LIMIT 1',
        [caseNumber],
      );
      const links = linkAuditEvents(caseNumber, head, events);
      if (links.length === 0) return 0;
      // A plain INSERT: under the lock a conflict means someone wrote without it, and failing
      // loudly (the activity retries) beats skipping a row the chain was computed against.
      await tx.query(
        `INSERT INTO audit_event (case_number, seq, occurred_at, event_type, actor_id, actor_name,
           actor_role, summary, detail, prev_hash, hash)
         SELECT $1, link.* FROM unnest($2::int[], $3::timestamptz[], $4::text[], $5::text[],
           $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::text[], $11::text[]) AS link`,
        [
          caseNumber,
          links.map((l) => l.seq),
          links.map((l) => l.occurredAt),
          links.map((l) => l.eventType),
          links.map((l) => l.actorId),
          links.map((l) => l.actorName),
          links.map((l) => l.actorRole),
          links.map((l) => l.summary),
          links.map((l) => (l.detail === null ? null : JSON.stringify(l.detail))),
          links.map((l) => l.prevHash),
          links.map((l) => l.hash),
        ],
      );
      await this.seal(tx, caseNumber, links);
      await this.moveHead(tx, caseNumber, links[links.length - 1]);
      return links.length;
    });
  }

  /** Every stored event of the case, in seq order. */
  async listCaseEvents(caseNumber: string): Promise<AuditEventRecord[]> {
    return listEvents(this.dataSource.manager, caseNumber);
  }

  /** Checks the case's whole stored trail against itself and against its keyed anchors. */
  async verifyCaseChain(caseNumber: string): Promise<AuditChainVerification> {
    // One snapshot: an append landing between the reads would otherwise look like a forgery.
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const links = await listEvents(tx, caseNumber);
      const anchors = await readAnchors(tx, caseNumber);
      return verifyAuditChain(caseNumber, links, anchors, this.keyring);
    });
  }

  /**
   * Seals the events recorded before AUDIT_KEY existed (`npm run audit:seal-legacy`), once, as an
   * operator's explicit step and never on its own: sealing vouches for what is stored, so it
   * only seals an unkeyed prefix that the rest of the trail pins down. It refuses a chain that
   * does not hold together, unsealed events after sealed ones, and a prefix whose successor's
   * seal or whose head does not verify.
   */
  async sealLegacyChains(): Promise<LegacySealing[]> {
    const cases = await this.dataSource.query<{ case_number: string }[]>(
      `SELECT DISTINCT e.case_number FROM audit_event e
        WHERE NOT EXISTS (SELECT 1 FROM audit_seal s
                           WHERE s.case_number = e.case_number AND s.seq = e.seq)
        ORDER BY e.case_number`,
    );
    const results: LegacySealing[] = [];
    for (const { case_number: caseNumber } of cases) {
      results.push(
        await this.dataSource.transaction(async (tx) => {
          await lockCase(tx, caseNumber);
          return this.sealLegacyPrefix(tx, caseNumber);
        }),
      );
    }
    return results;
  }

  private async sealLegacyPrefix(tx: EntityManager, caseNumber: string): Promise<LegacySealing> {
    const refuse = (refused: string): LegacySealing => ({ caseNumber, refused });
    const links = await listEvents(tx, caseNumber);
    const { seals, head } = await readAnchors(tx, caseNumber);
    const sealed = new Set(seals.map((seal) => seal.seq));
    const prefix = links.findIndex((link) => sealed.has(link.seq));
    const unsealed = prefix === -1 ? links : links.slice(0, prefix);
    if (unsealed.length === 0) return { caseNumber, sealed: 0 };
    if (links.slice(unsealed.length).some((link) => !sealed.has(link.seq))) {
      return refuse('unsealed events follow sealed ones');
    }
    const broken = findUnkeyedBreak(links);
    if (broken) return refuse(`seq ${broken.seq}: ${broken.reason}`);
    const pin = links[unsealed.length];
    if (pin) {
      const seal = seals.find((s) => s.seq === pin.seq);
      if (
        !seal ||
        !this.keyring.matches(this.keyring.seal(caseNumber, pin.seq, pin.hash), seal.mac)
      )
        return refuse(`the seal of seq ${pin.seq}, which pins the older events, does not verify`);
    } else if (head) {
      const last = links[links.length - 1];
      const verified =
        this.keyring.matches(this.keyring.head(caseNumber, head.seq, head.hash), head.mac) &&
        head.seq === last.seq &&
        head.hash === last.hash;
      if (!verified) return refuse('the keyed head does not match the stored events');
    }
    await this.seal(tx, caseNumber, unsealed);
    if (!head) await this.moveHead(tx, caseNumber, links[links.length - 1]);
    // Vouching for stored events is an administrative act: auditors see each one.
    await new AdminLogRepository(this.dataSource).append(
      {
        actorId: null,
        actorUsername: 'audit:seal-legacy',
        actorRole: 'system',
        action: 'audit.legacy_sealed',
        targetKind: 'case',
        targetId: caseNumber,
        detail: { sealed: unsealed.length, lastSeq: unsealed[unsealed.length - 1].seq },
      },
      tx,
    );
    return { caseNumber, sealed: unsealed.length };
  }

  private async seal(
    tx: EntityManager,
    caseNumber: string,
    links: readonly AuditChainLink[],
  ): Promise<void> {
    // DO NOTHING: an event rewritten from the workflow after its row was removed carries the
    // same hash, so the seal left behind is the same seal.
    await tx.query(
      `INSERT INTO audit_seal (case_number, seq, key_id, mac)
       SELECT $1, s.seq, $2, s.mac FROM unnest($3::int[], $4::text[]) AS s(seq, mac)
       ON CONFLICT (case_number, seq) DO NOTHING`,
      [
        caseNumber,
        this.keyring.keyId,
        links.map((l) => l.seq),
        links.map((l) => this.keyring.seal(caseNumber, l.seq, l.hash)),
      ],
    );
  }

  private async moveHead(tx: EntityManager, caseNumber: string, last: AuditChainLink) {
    await tx.query(
      `INSERT INTO audit_head (case_number, seq, hash, key_id, mac) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_number) DO UPDATE
         SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, key_id = EXCLUDED.key_id,
             mac = EXCLUDED.mac, updated_at = now()
       WHERE audit_head.seq < EXCLUDED.seq`,
      [
        caseNumber,
        last.seq,
        last.hash,
        this.keyring.keyId,
        this.keyring.head(caseNumber, last.seq, last.hash),
      ],
    );
  }
}

/** Names "the audit trail of one case" among advisory locks; the case number's hash is the key. */
const AUDIT_LOCK_CLASS = 7_340_002;

async function lockCase(tx: EntityManager, caseNumber: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1::int4, hashtext($2))', [
    AUDIT_LOCK_CLASS,
    caseNumber,
  ]);
}

async function listEvents(manager: EntityManager, caseNumber: string): Promise<AuditEventRecord[]> {
  const rows = await manager.query<AuditEventRow[]>(
    `SELECT case_number, seq, occurred_at, event_type, actor_id, actor_name, actor_role,
            summary, detail, prev_hash, hash, recorded_at
       FROM audit_event WHERE case_number = $1 ORDER BY seq`,
    [caseNumber],
  );
  return rows.map((row) => ({
    caseNumber: row.case_number,
    seq: row.seq,
    occurredAt: row.occurred_at.toISOString(),
    eventType: row.event_type,
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    summary: row.summary,
    detail: row.detail,
    prevHash: row.prev_hash,
    hash: row.hash,
    recordedAt: row.recorded_at.toISOString(),
  }));
}

async function readAnchors(
  manager: EntityManager,
  caseNumber: string,
): Promise<{ seals: AuditSeal[]; head: AuditHead | undefined }> {
  const seals = await manager.query<{ seq: number; key_id: string; mac: string }[]>(
    'SELECT seq, key_id, mac FROM audit_seal WHERE case_number = $1 ORDER BY seq',
    [caseNumber],
  );
  const heads = await manager.query<{ seq: number; hash: string; key_id: string; mac: string }[]>(
    'SELECT seq, hash, key_id, mac FROM audit_head WHERE case_number = $1',
    [caseNumber],
  );
  const head = heads[0];
  return {
    seals: seals.map((s) => ({ seq: s.seq, keyId: s.key_id, mac: s.mac })),
    head: head && { seq: head.seq, hash: head.hash, keyId: head.key_id, mac: head.mac },
  };
}

interface AuditEventRow {
  readonly case_number: string;
  readonly seq: number;
  readonly occurred_at: Date;
  readonly event_type: string;
  readonly actor_id: string;
  readonly actor_name: string;
  readonly actor_role: string;
  readonly summary: string;
  readonly detail: unknown;
  readonly prev_hash: string | null;
  readonly hash: string;
  readonly recorded_at: Date;
}
