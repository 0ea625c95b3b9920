import type { CaseEvent } from '@firecase/domain';
import {
  type AuditChainLink,
  AuditChainGapError,
  linkAuditEvents,
  verifyAuditChain,
} from './audit-chain';
import { auditEventHash } from './audit-hash';

const CASE = 'TB-2026-000042';

function event(seq: number): CaseEvent {
  return {
    seq,
    at: new Date(Date.UTC(2026, 0, 5, 1, seq)).toISOString(),
    type: seq === 1 ? 'case_registered' : 'note',
    actor: { userId: 'u-officer-li', name: 'Li Wei', role: 'officer' },
    summary: `event ${seq}`,
    detail: seq % 2 === 0 ? { step: seq } : undefined,
  };
}

const events = (...seqs: number[]) => seqs.map(event);

describe(linkAuditEvents.name, () => {
  it('hashes each event on its predecessor, the first on nothing', () => {
    const [first, second] = linkAuditEvents(CASE, undefined, events(1, 2));
    expect(first).toMatchObject({ caseNumber: CASE, seq: 1, prevHash: null });
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).toBe(auditEventHash(first.hash, second));
  });

  it('skips what is already recorded and orders the rest', () => {
    const all = linkAuditEvents(CASE, undefined, events(1, 2, 3, 4));
    const head = { seq: all[1].seq, hash: all[1].hash };
    expect(linkAuditEvents(CASE, head, events(4, 1, 3, 2))).toEqual(all.slice(2));
    expect(linkAuditEvents(CASE, { seq: 4, hash: all[3].hash }, events(1, 2, 3, 4))).toEqual([]);
  });

  it('refuses a gap rather than write a broken chain', () => {
    expect(() => linkAuditEvents(CASE, undefined, events(2, 3))).toThrow(AuditChainGapError);
    expect(() => linkAuditEvents(CASE, { seq: 2, hash: 'x' }, events(4))).toThrow(
      `audit trail of ${CASE}: expected event seq 3 next but got seq 4; refusing to write a broken chain`,
    );
    expect(() => linkAuditEvents(CASE, undefined, events(1, 2, 2))).toThrow(AuditChainGapError);
  });
});

describe(verifyAuditChain.name, () => {
  const chain = (): AuditChainLink[] => linkAuditEvents(CASE, undefined, events(1, 2, 3, 4));

  it('accepts an intact chain and an empty one', () => {
    expect(verifyAuditChain(CASE, chain())).toEqual({ caseNumber: CASE, valid: true, events: 4 });
    expect(verifyAuditChain(CASE, [])).toEqual({ caseNumber: CASE, valid: true, events: 0 });
  });

  it('names the first link whose content was changed', () => {
    const links = chain();
    links[2] = { ...links[2], summary: 'nothing happened' };
    expect(verifyAuditChain(CASE, links)).toEqual({
      caseNumber: CASE,
      valid: false,
      events: 4,
      firstBrokenSeq: 3,
      reason: 'the content does not match its hash',
    });
  });

  it('catches a changed link re-hashed to hide it at the next link', () => {
    const links = chain();
    const forged = { ...links[1], detail: { step: 99 } };
    links[1] = { ...forged, hash: auditEventHash(forged.prevHash, forged) };
    expect(verifyAuditChain(CASE, links)).toMatchObject({
      valid: false,
      firstBrokenSeq: 3,
      reason: 'prev_hash does not match the hash of seq 2',
    });
  });

  it('catches a removed link and a first link with a predecessor', () => {
    const links = chain();
    expect(verifyAuditChain(CASE, [links[0], links[2], links[3]])).toMatchObject({
      valid: false,
      events: 3,
      firstBrokenSeq: 3,
      reason: 'expected seq 2 but found seq 3',
    });
    expect(verifyAuditChain(CASE, [{ ...links[0], prevHash: 'f'.repeat(64) }])).toMatchObject({
      valid: false,
      firstBrokenSeq: 1,
      reason: 'the first event has a prev_hash',
    });
  });
});
