// Integration on the real embedded PostgreSQL of the stack (migrations applied by the global
// setup), connected as the application's role: the audit trail's hash chain and seals, their
// idempotence and locking, the database refusing to change a row, each kind of tampering by the
// database's owner named by the verifier, and sealing chains recorded before AUDIT_KEY.
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseEvent } from '@firecase/domain';
import {
  AuditChainGapError,
  auditEventHash,
  AuditKeyring,
  AuditTrailRepository,
  CaseProjectionWriter,
  dataSourceOptions,
  type HazardCaseRow,
  HazardCaseProjectionRepository,
  linkAuditEvents,
} from '@firecase/persistence';
import { officer, supervisor } from './support/case-fixtures';
import { ownerDatabase } from './support/owner-database';
import { stackConfig } from './support/stack';

describe('audit trail on the real PostgreSQL', () => {
  let database: DataSource;
  let auditTrail: AuditTrailRepository;
  const owner = ownerDatabase();

  beforeAll(async () => {
    const config = stackConfig();
    database = await new DataSource(dataSourceOptions(config.database)).initialize();
    auditTrail = new AuditTrailRepository(database, new AuditKeyring(config.audit.key));
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('appends each event once, in order, each hashed on its predecessor', async () => {
    const caseNumber = freshCaseNumber();
    await expect(auditTrail.appendCaseEvents(caseNumber, timeline(3))).resolves.toBe(3);
    await expect(auditTrail.appendCaseEvents(caseNumber, timeline(3))).resolves.toBe(0);
    await expect(auditTrail.appendCaseEvents(caseNumber, timeline(5))).resolves.toBe(2);

    const stored = await auditTrail.listCaseEvents(caseNumber);
    expect(stored.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(stored[0].prevHash).toBeNull();
    expect(stored.slice(1).map((e) => e.prevHash)).toEqual(stored.slice(0, -1).map((e) => e.hash));
    expect(stored[1]).toMatchObject({
      eventType: 'notice_issued',
      actorId: officer.userId,
      actorRole: 'officer',
      occurredAt: timeline(2)[1].at,
      detail: { requirements: { items: ['clear the stairwell'], by: 'officer' } },
    });
    await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toEqual({
      caseNumber,
      valid: true,
      events: 5,
    });
    const [head] = await database.query<{ seq: number; hash: string }[]>(
      'SELECT seq, hash FROM audit_head WHERE case_number = $1',
      [caseNumber],
    );
    expect(head).toEqual({ seq: 5, hash: stored[4].hash });
    const seals = await database.query<{ seq: number }[]>(
      'SELECT seq FROM audit_seal WHERE case_number = $1 ORDER BY seq',
      [caseNumber],
    );
    expect(seals.map((seal) => seal.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('extends a case once when several writers append at the same time', async () => {
    const caseNumber = freshCaseNumber();
    await auditTrail.appendCaseEvents(caseNumber, timeline(2));
    const appended = await Promise.all(
      [4, 6, 6, 5, 6].map((n) => auditTrail.appendCaseEvents(caseNumber, timeline(n))),
    );
    expect(appended.reduce((sum, n) => sum + n, 0)).toBe(4);
    await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
      valid: true,
      events: 6,
    });
  });

  it('refuses a gap and writes nothing', async () => {
    const caseNumber = freshCaseNumber();
    await expect(auditTrail.appendCaseEvents(caseNumber, timeline(3).slice(1))).rejects.toThrow(
      AuditChainGapError,
    );
    await auditTrail.appendCaseEvents(caseNumber, timeline(2));
    await expect(auditTrail.appendCaseEvents(caseNumber, timeline(6).slice(3))).rejects.toThrow(
      `audit trail of ${caseNumber}: expected event seq 3 next but got seq 4`,
    );
    await expect(auditTrail.listCaseEvents(caseNumber)).resolves.toHaveLength(2);
  });

  it('is append-only for the application: UPDATE, DELETE, TRUNCATE and ALTER are refused', async () => {
    const caseNumber = freshCaseNumber();
    await auditTrail.appendCaseEvents(caseNumber, timeline(2));
    for (const table of ['audit_event', 'audit_seal']) {
      await expect(
        database.query(`UPDATE ${table} SET seq = seq WHERE case_number = $1`, [caseNumber]),
      ).rejects.toThrow(`permission denied for table ${table}`);
      await expect(
        database.query(`DELETE FROM ${table} WHERE case_number = $1`, [caseNumber]),
      ).rejects.toThrow(`permission denied for table ${table}`);
      await expect(database.query(`TRUNCATE ${table}`)).rejects.toThrow(
        `permission denied for table ${table}`,
      );
      await expect(database.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`)).rejects.toThrow(
        `must be owner of table ${table}`,
      );
    }
    // The head moves forward only, for the application as for the owner's own triggers.
    await expect(
      database.query(`UPDATE audit_head SET seq = 1 WHERE case_number = $1`, [caseNumber]),
    ).rejects.toThrow(`audit_head of ${caseNumber} only moves forward (from seq 2 to 1)`);
    await expect(
      database.query(`DELETE FROM audit_head WHERE case_number = $1`, [caseNumber]),
    ).rejects.toThrow('permission denied for table audit_head');
    await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({ valid: true });
  });

  it('is append-only for the owner too, until the owner switches the triggers off', async () => {
    const caseNumber = freshCaseNumber();
    await auditTrail.appendCaseEvents(caseNumber, timeline(2));
    await expect(
      owner.query(`UPDATE audit_event SET summary = 'x' WHERE case_number = $1`, [caseNumber]),
    ).rejects.toThrow('audit_event is append-only: UPDATE is not allowed');
    await expect(
      owner.query('DELETE FROM audit_seal WHERE case_number = $1', [caseNumber]),
    ).rejects.toThrow('audit_seal is append-only: DELETE is not allowed');
    await expect(
      owner.query('DELETE FROM audit_head WHERE case_number = $1', [caseNumber]),
    ).rejects.toThrow('audit_head: DELETE is not allowed');
    await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({ valid: true });
  });

  describe('tampering by the database owner, each kind named by the verifier', () => {
    /** A sealed trail of `length` events, as the application writes it. */
    async function recorded(length = 6): Promise<string> {
      const caseNumber = freshCaseNumber();
      await auditTrail.appendCaseEvents(caseNumber, timeline(length));
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
        valid: true,
        events: length,
      });
      return caseNumber;
    }

    /** Recomputes prev_hash and hash from `fromSeq` on with the public SHA-256 recipe. */
    async function recomputeChain(caseNumber: string, fromSeq: number) {
      await owner.tamper(['audit_event'], async (manager) => {
        const rows = await auditTrail.listCaseEvents(caseNumber);
        let prevHash = fromSeq === 1 ? null : rows[fromSeq - 2].hash;
        for (const row of rows.filter((r) => r.seq >= fromSeq)) {
          const hash = auditEventHash(prevHash, row);
          await manager.query(
            `UPDATE audit_event SET prev_hash = $3, hash = $4 WHERE case_number = $1 AND seq = $2`,
            [caseNumber, row.seq, prevHash, hash],
          );
          prevHash = hash;
        }
      });
    }

    /** Moves the seqs matching `where` by `by`, through a range no event uses. */
    async function shiftSeqs(
      manager: EntityManager,
      caseNumber: string,
      where: string,
      by: number,
    ) {
      await manager.query(
        `UPDATE audit_event SET seq = seq + 100000 WHERE case_number = $1 AND ${where}`,
        [caseNumber],
      );
      await manager.query(
        `UPDATE audit_event SET seq = seq - 100000 + $2 WHERE case_number = $1 AND seq > 100000`,
        [caseNumber, by],
      );
    }

    it('a changed event', async () => {
      const caseNumber = await recorded();
      await owner.tamper(['audit_event'], async (manager) => {
        await manager.query(
          `UPDATE audit_event SET summary = 'nothing happened' WHERE case_number = $1 AND seq = 3`,
          [caseNumber],
        );
      });
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toEqual({
        caseNumber,
        valid: false,
        events: 6,
        firstBrokenSeq: 3,
        problem: 'content_changed',
        reason: 'the content does not match its hash',
      });
    });

    it('a deleted event', async () => {
      const caseNumber = await recorded();
      await owner.tamper(['audit_event', 'audit_seal'], async (manager) => {
        await manager.query(`DELETE FROM audit_event WHERE case_number = $1 AND seq = 4`, [
          caseNumber,
        ]);
        await manager.query(`DELETE FROM audit_seal WHERE case_number = $1 AND seq = 4`, [
          caseNumber,
        ]);
      });
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
        valid: false,
        events: 5,
        firstBrokenSeq: 4,
        problem: 'event_missing',
        reason: 'seq 4 is missing (the next stored event is seq 5)',
      });
    });

    it('a deleted event with the later ones renumbered and the chain recomputed', async () => {
      const caseNumber = await recorded();
      await owner.tamper(['audit_event'], async (manager) => {
        await manager.query(`DELETE FROM audit_event WHERE case_number = $1 AND seq = 4`, [
          caseNumber,
        ]);
        await shiftSeqs(manager, caseNumber, 'seq > 4', -1);
      });
      await recomputeChain(caseNumber, 4);
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
        valid: false,
        firstBrokenSeq: 4,
        problem: 'seal_mismatch',
      });
    });

    it('an inserted event', async () => {
      const caseNumber = await recorded();
      await owner.tamper(['audit_event'], async (manager) => {
        // Room for a new seq 3: the later events move up one (through a free range, as the
        // primary key is checked row by row).
        await shiftSeqs(manager, caseNumber, 'seq >= 3', 1);
        await manager.query(
          `INSERT INTO audit_event (case_number, seq, occurred_at, event_type, actor_id,
             actor_name, actor_role, summary, detail, prev_hash, hash)
           SELECT case_number, 3, occurred_at, 'reinspection_passed', actor_id, actor_name,
                  actor_role, 'Re-inspection passed', NULL, hash, repeat('0', 64)
             FROM audit_event WHERE case_number = $1 AND seq = 2`,
          [caseNumber],
        );
      });
      await recomputeChain(caseNumber, 3);
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
        valid: false,
        events: 7,
        firstBrokenSeq: 3,
        problem: 'seal_mismatch',
      });
    });

    it('reordered events', async () => {
      const caseNumber = await recorded();
      await owner.tamper(['audit_event'], async (manager) => {
        await shiftSeqs(manager, caseNumber, 'seq = 4', 1000);
        await shiftSeqs(manager, caseNumber, 'seq = 5', -1);
        await shiftSeqs(manager, caseNumber, 'seq = 1004', -999);
      });
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
        valid: false,
        firstBrokenSeq: 4,
        problem: 'link_broken',
      });
      await recomputeChain(caseNumber, 4);
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
        valid: false,
        firstBrokenSeq: 4,
        problem: 'seal_mismatch',
      });
    });

    it('a recomputed chain, even with seals and head forged under a guessed key', async () => {
      const caseNumber = await recorded();
      await owner.tamper(['audit_event'], async (manager) => {
        await manager.query(
          `UPDATE audit_event SET detail = '{"passed": true}' WHERE case_number = $1 AND seq = 2`,
          [caseNumber],
        );
      });
      await recomputeChain(caseNumber, 2);
      const recomputed = await auditTrail.verifyCaseChain(caseNumber);
      expect(recomputed).toMatchObject({ firstBrokenSeq: 2, problem: 'seal_mismatch' });
      // The rows agree with one another again: only the key tells.
      const guess = new AuditKeyring('what-an-owner-might-guess-as-the-key');
      // The key's id is no secret (it is stored beside every seal), so the forgery copies it.
      const { keyId } = new AuditKeyring(stackConfig().audit.key);
      await owner.tamper(['audit_seal', 'audit_head'], async (manager) => {
        const rows = await auditTrail.listCaseEvents(caseNumber);
        await manager.query('DELETE FROM audit_seal WHERE case_number = $1 AND seq >= 2', [
          caseNumber,
        ]);
        for (const row of rows.filter((r) => r.seq >= 2)) {
          await manager.query(
            `INSERT INTO audit_seal (case_number, seq, key_id, mac) VALUES ($1, $2, $3, $4)`,
            [caseNumber, row.seq, keyId, guess.seal(caseNumber, row.seq, row.hash)],
          );
        }
        const last = rows[rows.length - 1];
        await manager.query(`UPDATE audit_head SET hash = $2, mac = $3 WHERE case_number = $1`, [
          caseNumber,
          last.hash,
          guess.head(caseNumber, last.seq, last.hash),
        ]);
      });
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
        valid: false,
        firstBrokenSeq: 2,
        problem: 'seal_mismatch',
      });
    });

    it('a truncated tail: the last events removed', async () => {
      const caseNumber = await recorded();
      await owner.tamper(['audit_event', 'audit_seal'], async (manager) => {
        await manager.query(`DELETE FROM audit_event WHERE case_number = $1 AND seq > 3`, [
          caseNumber,
        ]);
        await manager.query(`DELETE FROM audit_seal WHERE case_number = $1 AND seq > 3`, [
          caseNumber,
        ]);
      });
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
        valid: false,
        events: 3,
        firstBrokenSeq: 4,
        problem: 'tail_missing',
        reason: 'seq 4 to 6 are missing: the keyed head records 6 events',
      });
      // Pulling the head back too needs a MAC only the key makes.
      await owner.tamper(['audit_head'], async (manager) => {
        const [third] = await manager.query<{ hash: string }[]>(
          'SELECT hash FROM audit_event WHERE case_number = $1 AND seq = 3',
          [caseNumber],
        );
        await manager.query(`UPDATE audit_head SET seq = 3, hash = $2 WHERE case_number = $1`, [
          caseNumber,
          third.hash,
        ]);
      });
      await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
        valid: false,
        firstBrokenSeq: 4,
        problem: 'head_mismatch',
      });
    });
  });

  describe('chains recorded before AUDIT_KEY', () => {
    /** Writes a chain exactly as the application did before seals existed. */
    async function legacy(length: number): Promise<string> {
      const caseNumber = freshCaseNumber();
      const links = linkAuditEvents(caseNumber, undefined, timeline(length));
      for (const link of links) {
        await owner.query(
          `INSERT INTO audit_event (case_number, seq, occurred_at, event_type, actor_id,
             actor_name, actor_role, summary, detail, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            caseNumber,
            link.seq,
            link.occurredAt,
            link.eventType,
            link.actorId,
            link.actorName,
            link.actorRole,
            link.summary,
            link.detail === null ? null : JSON.stringify(link.detail),
            link.prevHash,
            link.hash,
          ],
        );
      }
      return caseNumber;
    }

    it('verify once sealed, and stay anchored when the case goes on', async () => {
      const closed = await legacy(4);
      const running = await legacy(3);
      await expect(auditTrail.verifyCaseChain(closed)).resolves.toMatchObject({
        valid: false,
        firstBrokenSeq: 1,
        problem: 'seal_missing',
      });
      // The workflow goes on before anyone ran the sealing: new events are sealed, old ones not.
      await auditTrail.appendCaseEvents(running, timeline(5));
      await expect(auditTrail.verifyCaseChain(running)).resolves.toMatchObject({
        firstBrokenSeq: 1,
        problem: 'seal_missing',
      });

      const results = await auditTrail.sealLegacyChains();
      expect(results).toEqual(
        expect.arrayContaining([
          { caseNumber: closed, sealed: 4 },
          { caseNumber: running, sealed: 3 },
        ]),
      );
      for (const caseNumber of [closed, running]) {
        await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({
          valid: true,
        });
      }
      // Each sealing is in the admin log, for auditors.
      const logged = await database.query<
        { action: string; actor_role: string; detail: unknown }[]
      >(
        `SELECT action, actor_role, detail FROM admin_log WHERE target_kind = 'case' AND target_id = $1`,
        [closed],
      );
      expect(logged).toEqual([
        { action: 'audit.legacy_sealed', actor_role: 'system', detail: { sealed: 4, lastSeq: 4 } },
      ]);
      // Sealed once: a second run finds nothing to do for them.
      const again = await auditTrail.sealLegacyChains();
      expect(again.map((r) => r.caseNumber)).not.toContain(closed);

      await owner.tamper(['audit_event', 'audit_seal'], async (manager) => {
        await manager.query(`DELETE FROM audit_event WHERE case_number = $1 AND seq = 4`, [closed]);
        await manager.query(`DELETE FROM audit_seal WHERE case_number = $1 AND seq = 4`, [closed]);
      });
      await expect(auditTrail.verifyCaseChain(closed)).resolves.toMatchObject({
        firstBrokenSeq: 4,
        problem: 'tail_missing',
      });
    });

    it('are not sealed when they do not hold together, or when a sealed event disowns them', async () => {
      const broken = await legacy(3);
      await owner.tamper(['audit_event'], async (manager) => {
        await manager.query(
          `UPDATE audit_event SET summary = 'edited before the key' WHERE case_number = $1 AND seq = 2`,
          [broken],
        );
      });
      const pinned = await legacy(2);
      await auditTrail.appendCaseEvents(pinned, timeline(4));
      await owner.tamper(['audit_event'], async (manager) => {
        await manager.query(
          `UPDATE audit_event SET summary = 'rewritten' WHERE case_number = $1 AND seq = 1`,
          [pinned],
        );
      });
      await recomputePrefix(pinned, 2);
      const results = await auditTrail.sealLegacyChains();
      expect(results).toEqual(
        expect.arrayContaining([
          { caseNumber: broken, refused: 'seq 2: the content does not match its hash' },
          { caseNumber: pinned, refused: 'seq 3: prev_hash does not match the hash of seq 2' },
        ]),
      );
      await expect(auditTrail.verifyCaseChain(broken)).resolves.toMatchObject({ valid: false });
    });

    /** Recomputes the hashes of seq 1..upTo only, leaving the sealed events as they are. */
    async function recomputePrefix(caseNumber: string, upTo: number) {
      await owner.tamper(['audit_event'], async (manager) => {
        const rows = await auditTrail.listCaseEvents(caseNumber);
        let prevHash: string | null = null;
        for (const row of rows.filter((r) => r.seq <= upTo)) {
          const hash = auditEventHash(prevHash, row);
          await manager.query(
            `UPDATE audit_event SET prev_hash = $3, hash = $4 WHERE case_number = $1 AND seq = $2`,
            [caseNumber, row.seq, prevHash, hash],
          );
          prevHash = hash;
        }
      });
    }
  });

  it('writes the read model and the audit trail together or not at all', async () => {
    const writer = new CaseProjectionWriter(
      database,
      new HazardCaseProjectionRepository(database),
      auditTrail,
    );
    const caseNumber = freshCaseNumber();
    await expect(writer.write(row(caseNumber, 3), timeline(3))).resolves.toEqual({
      projected: true,
      appended: 3,
    });
    await expect(writer.write(row(caseNumber, 3), timeline(3))).resolves.toEqual({
      projected: false,
      appended: 0,
    });
    await expect(writer.write(row(caseNumber, 5), timeline(5).slice(4))).rejects.toThrow(
      AuditChainGapError,
    );
    const [stored] = await database.query<{ revision: number }[]>(
      'SELECT revision FROM hazard_case WHERE case_number = $1',
      [caseNumber],
    );
    expect(stored.revision).toBe(3);
  });
});

/** Not a TB- number: these cases exist only in the audit trail, never in Temporal. */
/** Numbers of this run: a base of its own, then one after another. */
const firstNumber = (Date.now() % 9_000) * 100;
let issued = 0;

/**
 * A case number of its own year (1904, which no other test uses): the read-model rows written
 * here share the database with the e2e suites, whose ledger answers are checked against the
 * OpenAPI document's case-number pattern.
 */
function freshCaseNumber(): string {
  issued += 1;
  return `TB-1904-${String(firstNumber + issued).padStart(6, '0')}`;
}

/** The first `length` events of one case's timeline. */
function timeline(length: number): CaseEvent[] {
  const events: CaseEvent[] = [
    {
      seq: 1,
      at: '2026-01-05T01:00:00.000Z',
      type: 'case_registered',
      actor: officer,
      summary: 'Hazard registered',
    },
    {
      seq: 2,
      at: '2026-01-05T02:30:00.123Z',
      type: 'notice_issued',
      actor: officer,
      summary: 'Rectification notice issued',
      // Keys out of order on purpose: jsonb reorders them, the hash must not care.
      detail: { requirements: { items: ['clear the stairwell'], by: 'officer' } },
    },
  ];
  for (let seq = 3; seq <= length; seq += 1) {
    events.push({
      seq,
      at: new Date(Date.UTC(2026, 0, 6, seq)).toISOString(),
      type: seq % 2 === 0 ? 'patrol_recorded' : 'reminder_sent',
      actor: seq % 2 === 0 ? supervisor : { userId: 'system', name: 'system', role: 'system' },
      summary: `step ${seq}`,
      detail: { seq, note: '太白 "quoted"', nested: { z: [1, 2.5, null], a: true } },
    });
  }
  return events.slice(0, length);
}

function row(caseNumber: string, revision: number): HazardCaseRow {
  return {
    caseNumber,
    revision,
    status: 'rectifying',
    category: 'electric_bike',
    hazardType: 'electric_bike.charged_from_ad_hoc_wiring',
    severity: 'general',
    department: 'planning_environment',
    community: `Audit Trail Community ${caseNumber}`, // matches no other test's ledger filter
    grid: null,
    address: '12 Kaiyuan Road, Wanzhou',
    responsibleParty: 'Sunrise Property Management Co.',
    policyVersion: 'test',
    discoveredAt: '2026-01-05T01:00:00.000Z',
    deadlineAt: null,
    nextDueAt: null,
    nextDueKind: null,
    escalationLevel: 0,
    overdue: false,
    closedAt: null,
    provisionalYears: [],
    snapshot: { test: true },
  };
}
