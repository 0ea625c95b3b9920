import type { CaseEvent } from '@firecase/domain';
import { type AuditEventContent, auditEventHash, toAuditContent } from './audit-hash';

/** One link of a case's audit chain: the content, its predecessor's hash and its own. */
export interface AuditChainLink extends AuditEventContent {
  readonly prevHash: string | null;
  readonly hash: string;
}

/** The last stored link of a case's chain. */
export interface AuditChainHead {
  readonly seq: number;
  readonly hash: string;
}

export interface AuditChainVerification {
  readonly caseNumber: string;
  readonly valid: boolean;
  /** How many events are stored for the case. */
  readonly events: number;
  readonly firstBrokenSeq?: number;
  readonly reason?: string;
}

/**
 * Thrown rather than writing a chain with a hole in it. Left retryable on purpose: the workflow
 * must not fail over its audit trail, and a retrying activity is what an operator will see.
 */
export class AuditChainGapError extends Error {
  override readonly name = 'AuditChainGapError';

  constructor(
    readonly caseNumber: string,
    readonly expectedSeq: number,
    readonly receivedSeq: number,
  ) {
    super(
      `audit trail of ${caseNumber}: expected event seq ${expectedSeq} next but got seq ${receivedSeq}; refusing to write a broken chain`,
    );
  }
}

/**
 * The events after `head`, in seq order, each hashed on its predecessor. Events at or before the
 * head are already recorded and are skipped, so sending a case's whole timeline again is a no-op.
 */
export function linkAuditEvents(
  caseNumber: string,
  head: AuditChainHead | undefined,
  events: readonly CaseEvent[],
): AuditChainLink[] {
  const lastSeq = head?.seq ?? 0;
  const fresh = events.filter((event) => event.seq > lastSeq).sort((a, b) => a.seq - b.seq);
  const links: AuditChainLink[] = [];
  let prevHash = head?.hash ?? null;
  for (const event of fresh) {
    const expectedSeq = lastSeq + links.length + 1;
    if (event.seq !== expectedSeq) throw new AuditChainGapError(caseNumber, expectedSeq, event.seq);
    const content = toAuditContent(caseNumber, event);
    const hash = auditEventHash(prevHash, content);
    links.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return links;
}

/**
 * Recomputes every hash of a case's stored chain (in seq order) and names the first link that
 * does not hold: a missing seq, a prev_hash that is not its predecessor's hash, or content that
 * no longer matches its hash. A tail rewritten consistently from some seq onward is only caught
 * against a head hash kept elsewhere; this proves the rows agree with one another.
 */
export function verifyAuditChain(
  caseNumber: string,
  links: readonly AuditChainLink[],
): AuditChainVerification {
  const broken = (seq: number, reason: string): AuditChainVerification => ({
    caseNumber,
    valid: false,
    events: links.length,
    firstBrokenSeq: seq,
    reason,
  });
  let prevHash: string | null = null;
  for (const [index, link] of links.entries()) {
    const expectedSeq = index + 1;
    if (link.seq !== expectedSeq) {
      return broken(link.seq, `expected seq ${expectedSeq} but found seq ${link.seq}`);
    }
    if (link.prevHash !== prevHash) {
      return broken(
        link.seq,
        prevHash === null
          ? 'the first event has a prev_hash'
          : `prev_hash does not match the hash of seq ${expectedSeq - 1}`,
      );
    }
    if (auditEventHash(link.prevHash, link) !== link.hash) {
      return broken(link.seq, 'the content does not match its hash');
    }
    prevHash = link.hash;
  }
  return { caseNumber, valid: true, events: links.length };
}
