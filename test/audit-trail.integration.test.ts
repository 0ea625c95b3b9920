// Integration on the real embedded PostgreSQL of the stack (migrations applied by the global
// setup): the audit trail's hash chain, its idempotence and locking, the database refusing to
// change a row, and a privileged tamper showing up in the chain.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CaseEvent } from '@firecase/domain';
import {
  AuditChainGapError,
  AuditTrailRepository,
  CaseProjectionWriter,
  dataSourceOptions,
  type HazardCaseRow,
  HazardCaseProjectionRepository,
} from '@firecase/persistence';
import { officer, supervisor } from './support/case-fixtures';
import { stackConfig } from './support/stack';

describe('audit trail on the real PostgreSQL', () => {
  let database: DataSource;
  let auditTrail: AuditTrailRepository;

  beforeAll(async () => {
    database = await new DataSource(dataSourceOptions(stackConfig().database)).initialize();
    auditTrail = new AuditTrailRepository(database);
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

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const caseNumber = freshCaseNumber();
    await auditTrail.appendCaseEvents(caseNumber, timeline(2));
    await expect(
      database.query(`UPDATE audit_event SET summary = 'x' WHERE case_number = $1`, [caseNumber]),
    ).rejects.toThrow('audit_event is append-only: UPDATE is not allowed');
    await expect(
      database.query('DELETE FROM audit_event WHERE case_number = $1', [caseNumber]),
    ).rejects.toThrow('audit_event is append-only: DELETE is not allowed');
    // Rolled back whatever happens, so a broken trigger could not empty the shared table.
    const runner = database.createQueryRunner();
    await runner.startTransaction();
    try {
      await expect(runner.query('TRUNCATE audit_event')).rejects.toThrow(
        'audit_event is append-only: TRUNCATE is not allowed',
      );
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toMatchObject({ valid: true });
  });

  it('shows a tamper by a privileged operator who disabled the triggers', async () => {
    const caseNumber = freshCaseNumber();
    await auditTrail.appendCaseEvents(caseNumber, timeline(5));
    await database.transaction(async (manager) => {
      // SET LOCAL: the pooled connection gets its triggers back when the transaction ends.
      await manager.query('SET LOCAL session_replication_role = replica');
      await manager.query(
        `UPDATE audit_event SET summary = 'nothing happened' WHERE case_number = $1 AND seq = 3`,
        [caseNumber],
      );
    });
    await expect(auditTrail.verifyCaseChain(caseNumber)).resolves.toEqual({
      caseNumber,
      valid: false,
      events: 5,
      firstBrokenSeq: 3,
      reason: 'the content does not match its hash',
    });
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
function freshCaseNumber(): string {
  return `AUDIT-IT-${randomUUID()}`;
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
