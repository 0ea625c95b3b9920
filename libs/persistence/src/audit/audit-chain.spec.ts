import { AUDIT_CHAIN_PROBLEM_LABELS, type CaseEvent } from '@firecase/domain';
import {
  AUDIT_CHAIN_PROBLEMS,
  type AuditAnchors,
  type AuditChainLink,
  AuditChainGapError,
  linkAuditEvents,
  verifyAuditChain,
} from './audit-chain';
import { auditEventHash } from './audit-hash';
import { AuditKeyring } from './audit-keyring';

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
  const keyring = new AuditKeyring('the-audit-key-of-these-tests-32-chars');
  const chain = (): AuditChainLink[] => linkAuditEvents(CASE, undefined, events(1, 2, 3, 4));

  /** The seals and head the application writes with the links. */
  function anchorsOf(links: readonly AuditChainLink[], with_ = keyring): AuditAnchors {
    const last = links.at(-1);
    return {
      seals: links.map((l) => ({
        seq: l.seq,
        keyId: with_.keyId,
        mac: with_.seal(CASE, l.seq, l.hash),
      })),
      head: last && {
        seq: last.seq,
        hash: last.hash,
        keyId: with_.keyId,
        mac: with_.head(CASE, last.seq, last.hash),
      },
    };
  }

  /** Recomputes every hash from `from` on, as anyone holding the rows can. */
  function rehash(links: AuditChainLink[], from: number): AuditChainLink[] {
    let prevHash = from === 1 ? null : links[from - 2].hash;
    return links.map((link) => {
      if (link.seq < from) return link;
      const relinked = { ...link, prevHash };
      const hash = auditEventHash(prevHash, relinked);
      prevHash = hash;
      return { ...relinked, hash };
    });
  }

  it('accepts an intact, sealed chain and an empty one', () => {
    const links = chain();
    expect(verifyAuditChain(CASE, links, anchorsOf(links), keyring)).toEqual({
      caseNumber: CASE,
      valid: true,
      events: 4,
    });
    expect(verifyAuditChain(CASE, [], { seals: [], head: undefined }, keyring)).toEqual({
      caseNumber: CASE,
      valid: true,
      events: 0,
    });
  });

  it('names a changed event', () => {
    const links = chain();
    const anchors = anchorsOf(links);
    links[2] = { ...links[2], summary: 'nothing happened' };
    expect(verifyAuditChain(CASE, links, anchors, keyring)).toEqual({
      caseNumber: CASE,
      valid: false,
      events: 4,
      firstBrokenSeq: 3,
      problem: 'content_changed',
      reason: 'the content does not match its hash',
    });
  });

  it('names a changed event even when the whole chain after it was recomputed', () => {
    const original = chain();
    const anchors = anchorsOf(original);
    const forged = [...original];
    forged[1] = { ...forged[1], detail: { step: 99 } };
    expect(verifyAuditChain(CASE, rehash(forged, 2), anchors, keyring)).toMatchObject({
      valid: false,
      firstBrokenSeq: 2,
      problem: 'seal_mismatch',
    });
    // Seals made with a guessed key do not help.
    const guessed = new AuditKeyring('a-guess-at-the-audit-key-32-chars!!');
    const reSealed = anchorsOf(rehash(forged, 2), guessed);
    expect(
      verifyAuditChain(CASE, rehash(forged, 2), { ...reSealed, head: anchors.head }, keyring),
    ).toMatchObject({ valid: false, firstBrokenSeq: 1, problem: 'seal_other_key' });
  });

  it('names a deleted event, whether the later ones keep their numbers or not', () => {
    const links = chain();
    const anchors = anchorsOf(links);
    expect(verifyAuditChain(CASE, [links[0], links[2], links[3]], anchors, keyring)).toMatchObject({
      valid: false,
      events: 3,
      firstBrokenSeq: 2,
      problem: 'event_missing',
      reason: 'seq 2 is missing (the next stored event is seq 3)',
    });
    const renumbered = rehash([links[0], { ...links[2], seq: 2 }, { ...links[3], seq: 3 }], 2);
    expect(verifyAuditChain(CASE, renumbered, anchors, keyring)).toMatchObject({
      valid: false,
      firstBrokenSeq: 2,
      problem: 'seal_mismatch',
    });
  });

  it('names an inserted event and reordered events', () => {
    const links = chain();
    const anchors = anchorsOf(links);
    const inserted = { ...links[1], summary: 'an inspection that never happened' };
    const shifted = rehash(
      [links[0], inserted, ...links.slice(1).map((l) => ({ ...l, seq: l.seq + 1 }))],
      2,
    );
    expect(verifyAuditChain(CASE, shifted, anchors, keyring)).toMatchObject({
      valid: false,
      firstBrokenSeq: 2,
      problem: 'seal_mismatch',
    });
    const appended = rehash([...links, { ...links[3], seq: 5, summary: 'late addition' }], 5);
    expect(verifyAuditChain(CASE, appended, anchors, keyring)).toMatchObject({
      valid: false,
      firstBrokenSeq: 5,
      problem: 'seal_missing',
    });
    const swapped = [links[0], { ...links[2], seq: 2 }, { ...links[1], seq: 3 }, links[3]];
    expect(verifyAuditChain(CASE, swapped, anchors, keyring)).toMatchObject({
      valid: false,
      firstBrokenSeq: 2,
      problem: 'link_broken',
    });
    expect(verifyAuditChain(CASE, rehash(swapped, 2), anchors, keyring)).toMatchObject({
      valid: false,
      firstBrokenSeq: 2,
      problem: 'seal_mismatch',
    });
  });

  it('names the first removed event of a truncated tail, from the keyed head', () => {
    const links = chain();
    const anchors = anchorsOf(links);
    expect(verifyAuditChain(CASE, links.slice(0, 2), anchors, keyring)).toMatchObject({
      valid: false,
      events: 2,
      firstBrokenSeq: 3,
      problem: 'tail_missing',
      reason: 'seq 3 to 4 are missing: the keyed head records 4 events',
    });
    expect(verifyAuditChain(CASE, [], anchors, keyring)).toMatchObject({
      firstBrokenSeq: 1,
      problem: 'tail_missing',
    });
  });

  it('refuses a head that is missing, rewritten or signed with another key', () => {
    const links = chain();
    const anchors = anchorsOf(links);
    expect(verifyAuditChain(CASE, links, { ...anchors, head: undefined }, keyring)).toMatchObject({
      valid: false,
      firstBrokenSeq: 5,
      problem: 'head_missing',
    });
    // Rolled back to seq 2 without the key: the MAC no longer fits.
    const rolledBack = { ...anchors.head!, seq: 2, hash: links[1].hash };
    expect(
      verifyAuditChain(CASE, links.slice(0, 2), { ...anchors, head: rolledBack }, keyring),
    ).toMatchObject({ valid: false, firstBrokenSeq: 3, problem: 'head_mismatch' });
    const other = anchorsOf(links, new AuditKeyring('another-audit-key-of-32-characters'));
    expect(
      verifyAuditChain(CASE, links, { seals: anchors.seals, head: other.head }, keyring),
    ).toMatchObject({ valid: false, firstBrokenSeq: 5, problem: 'head_other_key' });
  });

  it('names an unsealed event, as recorded before AUDIT_KEY, and a first event with a predecessor', () => {
    const links = chain();
    expect(verifyAuditChain(CASE, links, { seals: [], head: undefined }, keyring)).toMatchObject({
      valid: false,
      firstBrokenSeq: 1,
      problem: 'seal_missing',
    });
    const first = { ...links[0], prevHash: 'f'.repeat(64) };
    expect(verifyAuditChain(CASE, [first], anchorsOf([first]), keyring)).toMatchObject({
      valid: false,
      firstBrokenSeq: 1,
      problem: 'link_broken',
      reason: 'the first event has a prev_hash',
    });
  });
});

describe('audit chain problems', () => {
  it('each has a Chinese label for the console', () => {
    for (const problem of AUDIT_CHAIN_PROBLEMS) {
      expect(AUDIT_CHAIN_PROBLEM_LABELS[problem]).toMatch(/\p{Script=Han}/u);
    }
  });
});
