// End to end on the real stack: cases worked through the API and their workflows, then their
// audit trails rewritten by the database's owner (firecase_owner, triggers switched off), one
// kind of tampering per case. GET /cases/:n/audit/verify names the first bad event each time.
import type { EntityManager } from 'typeorm';
import { auditEventHash, type AuditEventRecord } from '@firecase/persistence';
import { ownerDatabase } from './support/owner-database';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

function hazard() {
  return {
    location: { community: 'Audit Verify Community', grid: 'G-05', address: '21 Gaoliang Road' },
    category: 'electric_bike',
    hazardType: 'electric_bike.parked_in_stairwell',
    description: 'E-bikes blocking the escape route',
    severity: 'general',
    responsibleParty: { name: 'Riverside Property Co.' },
    department: 'planning_environment',
    discoveredAt: new Date().toISOString(),
  };
}

describe('GET /cases/:n/audit/verify after the database owner tampers (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true });
  const http = stack.http;
  const owner = ownerDatabase();
  const officer = signedInUser(stack, { role: 'officer', department: 'planning_environment' });
  const auditor = signedInUser(stack, { role: 'auditor' });

  /** A case with four events in its audit trail: registered, notice issued, served, reported. */
  async function workedCase(): Promise<string> {
    const caseNumber = (await http().post('/cases').set(officer).send(hazard()).expect(201)).body
      .caseNumber as string;
    await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: 'Clear the escape route' })
      .expect(200);
    await http()
      .post(`/cases/${caseNumber}/notice/service`)
      .set(officer)
      .send({ method: 'in_person', recipient: 'Zhou Ping' })
      .expect(200);
    await http()
      .post(`/cases/${caseNumber}/rectification-reports`)
      .set(officer)
      .send({ note: 'Bikes moved to the shed' })
      .expect(200);
    // The projection writes the trail a moment after the workflow accepted the action.
    for (let attempt = 0; attempt < 120; attempt += 1) {
      const history = await http().get(`/cases/${caseNumber}/history`).set(auditor).expect(200);
      if (history.body.workflow.inSync && history.body.events.length >= 4) return caseNumber;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the audit trail of ${caseNumber} did not catch up`);
  }

  async function verify(caseNumber: string): Promise<Record<string, unknown>> {
    const response = await http().get(`/cases/${caseNumber}/audit/verify`).set(auditor).expect(200);
    return response.body as Record<string, unknown>;
  }

  async function events(caseNumber: string): Promise<AuditEventRecord[]> {
    const response = await http().get(`/cases/${caseNumber}/history`).set(auditor).expect(200);
    return (response.body as { events: AuditEventRecord[] }).events;
  }

  /** Recomputes prev_hash and hash from `fromSeq` on, as anyone holding the rows can. */
  async function recompute(manager: EntityManager, caseNumber: string, fromSeq: number) {
    const rows = await manager.query<{ seq: number; prev_hash: string | null }[]>(
      'SELECT seq FROM audit_event WHERE case_number = $1 ORDER BY seq',
      [caseNumber],
    );
    let prevHash: string | null = null;
    for (const { seq } of rows) {
      const [row] = await manager.query<Record<string, unknown>[]>(
        `SELECT case_number, seq, occurred_at, event_type, actor_id, actor_name, actor_role,
                summary, detail, hash FROM audit_event WHERE case_number = $1 AND seq = $2`,
        [caseNumber, seq],
      );
      if (seq < fromSeq) {
        prevHash = row.hash as string;
        continue;
      }
      const hash = auditEventHash(prevHash, {
        caseNumber,
        seq,
        occurredAt: (row.occurred_at as Date).toISOString(),
        eventType: row.event_type as string,
        actorId: row.actor_id as string,
        actorName: row.actor_name as string,
        actorRole: row.actor_role as string,
        summary: row.summary as string,
        detail: row.detail,
      });
      await manager.query(
        'UPDATE audit_event SET prev_hash = $3, hash = $4 WHERE case_number = $1 AND seq = $2',
        [caseNumber, seq, prevHash, hash],
      );
      prevHash = hash;
    }
  }

  /** Moves the seqs matching `where` by `by`, through a range no event uses (primary key). */
  async function shift(manager: EntityManager, caseNumber: string, where: string, by: number) {
    await manager.query(
      `UPDATE audit_event SET seq = seq + 100000 WHERE case_number = $1 AND ${where}`,
      [caseNumber],
    );
    await manager.query(
      'UPDATE audit_event SET seq = seq - 100000 + $2 WHERE case_number = $1 AND seq > 100000',
      [caseNumber, by],
    );
  }

  it('names a changed event', async () => {
    const caseNumber = await workedCase();
    await owner.tamper(['audit_event'], async (manager) => {
      await manager.query(
        `UPDATE audit_event SET actor_name = 'Someone Else' WHERE case_number = $1 AND seq = 3`,
        [caseNumber],
      );
    });
    expect(await verify(caseNumber)).toMatchObject({
      caseNumber,
      valid: false,
      firstBrokenSeq: 3,
      problem: 'content_changed',
    });
  });

  it('names a deleted event', async () => {
    const caseNumber = await workedCase();
    await owner.tamper(['audit_event'], async (manager) => {
      await manager.query('DELETE FROM audit_event WHERE case_number = $1 AND seq = 2', [
        caseNumber,
      ]);
    });
    expect(await verify(caseNumber)).toMatchObject({
      valid: false,
      events: 3,
      firstBrokenSeq: 2,
      problem: 'event_missing',
    });
  });

  it('names an inserted event', async () => {
    const caseNumber = await workedCase();
    await owner.tamper(['audit_event'], async (manager) => {
      await shift(manager, caseNumber, 'seq >= 3', 1);
      await manager.query(
        `INSERT INTO audit_event (case_number, seq, occurred_at, event_type, actor_id, actor_name,
           actor_role, summary, detail, prev_hash, hash)
         SELECT case_number, 3, occurred_at, 'extension_granted', actor_id, actor_name, actor_role,
                '批准延期', NULL, hash, repeat('0', 64)
           FROM audit_event WHERE case_number = $1 AND seq = 2`,
        [caseNumber],
      );
      await recompute(manager, caseNumber, 3);
    });
    expect(await verify(caseNumber)).toMatchObject({
      valid: false,
      events: 5,
      firstBrokenSeq: 3,
      problem: 'seal_mismatch',
    });
  });

  it('names reordered events', async () => {
    const caseNumber = await workedCase();
    await owner.tamper(['audit_event'], async (manager) => {
      await shift(manager, caseNumber, 'seq = 2', 1000);
      await shift(manager, caseNumber, 'seq = 3', -1);
      await shift(manager, caseNumber, 'seq = 1002', -999);
    });
    expect(await verify(caseNumber)).toMatchObject({
      valid: false,
      firstBrokenSeq: 2,
      problem: 'link_broken',
    });
  });

  it('names the first event of a recomputed chain', async () => {
    const caseNumber = await workedCase();
    const before = await events(caseNumber);
    await owner.tamper(['audit_event'], async (manager) => {
      await manager.query(
        `UPDATE audit_event SET occurred_at = occurred_at - interval '2 days'
          WHERE case_number = $1 AND seq = 2`,
        [caseNumber],
      );
      await recompute(manager, caseNumber, 2);
    });
    const after = await events(caseNumber);
    // The rows agree with one another again: only the keyed seal tells.
    expect(after[1].hash).not.toBe(before[1].hash);
    expect(after.slice(1).map((e) => e.prevHash)).toEqual(after.slice(0, -1).map((e) => e.hash));
    expect(await verify(caseNumber)).toMatchObject({
      valid: false,
      firstBrokenSeq: 2,
      problem: 'seal_mismatch',
    });
  });

  it('names the first removed event of a truncated tail', async () => {
    const caseNumber = await workedCase();
    await owner.tamper(['audit_event', 'audit_seal'], async (manager) => {
      await manager.query('DELETE FROM audit_event WHERE case_number = $1 AND seq >= 3', [
        caseNumber,
      ]);
      await manager.query('DELETE FROM audit_seal WHERE case_number = $1 AND seq >= 3', [
        caseNumber,
      ]);
    });
    expect(await verify(caseNumber)).toMatchObject({
      valid: false,
      events: 2,
      firstBrokenSeq: 3,
      problem: 'tail_missing',
      reason: 'seq 3 to 4 are missing: the keyed head records 4 events',
    });
  });
});
