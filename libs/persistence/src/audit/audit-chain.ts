import type { CaseEvent } from '@firecase/domain';
import { type AuditEventContent, auditEventHash, toAuditContent } from './audit-hash';
import type { AuditKeyring } from './audit-keyring';

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

/** The keyed seal of one stored event (table audit_seal). */
export interface AuditSeal {
  readonly seq: number;
  readonly keyId: string;
  readonly mac: string;
}

/** The keyed head of a case's chain (table audit_head): its event count and last hash. */
export interface AuditHead extends AuditChainHead {
  readonly keyId: string;
  readonly mac: string;
}

/** What a stored trail is checked against besides itself. */
export interface AuditAnchors {
  readonly seals: readonly AuditSeal[];
  readonly head: AuditHead | undefined;
}

/**
 * Why a trail fails verification, as a code (Chinese labels: AUDIT_CHAIN_PROBLEM_LABELS in
 * @firecase/domain). `reason` says the same in English with the numbers, for logs and operators.
 */
export const AUDIT_CHAIN_PROBLEMS = [
  'event_missing',
  'link_broken',
  'content_changed',
  'seal_missing',
  'seal_mismatch',
  'seal_other_key',
  'head_missing',
  'head_mismatch',
  'head_other_key',
  'tail_missing',
  'beyond_head',
] as const;
export type AuditChainProblem = (typeof AUDIT_CHAIN_PROBLEMS)[number];

export interface AuditChainVerification {
  readonly caseNumber: string;
  readonly valid: boolean;
  /** How many events are stored for the case. */
  readonly events: number;
  /** The first event that is not as the application wrote it (missing, changed, forged). */
  readonly firstBrokenSeq?: number;
  readonly problem?: AuditChainProblem;
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

/** Where a trail first fails: the seq it names, the problem and a sentence. */
interface AuditChainBreak {
  readonly seq: number;
  readonly problem: AuditChainProblem;
  readonly reason: string;
}

/**
 * Checks a case's stored trail (in seq order) in two steps. Unkeyed: every seq from 1 on is
 * there, each prev_hash is its predecessor's hash and each hash matches its content; anyone
 * holding the rows can recompute this, and so can anyone rewriting them. Keyed: every event
 * carries a seal made with AUDIT_KEY over its hash, and the case's keyed head names the last
 * event, so a recomputed chain fails at the first rewritten event and a removed tail at the
 * first removed seq.
 */
export function verifyAuditChain(
  caseNumber: string,
  links: readonly AuditChainLink[],
  anchors: AuditAnchors,
  keyring: AuditKeyring,
): AuditChainVerification {
  const found =
    findUnkeyedBreak(links) ??
    findSealBreak(caseNumber, links, anchors.seals, keyring) ??
    findHeadBreak(caseNumber, links, anchors.head, keyring);
  if (!found) return { caseNumber, valid: true, events: links.length };
  return {
    caseNumber,
    valid: false,
    events: links.length,
    firstBrokenSeq: found.seq,
    problem: found.problem,
    reason: found.reason,
  };
}

/** The first place where the rows disagree with one another, or undefined. */
export function findUnkeyedBreak(links: readonly AuditChainLink[]): AuditChainBreak | undefined {
  let prevHash: string | null = null;
  for (const [index, link] of links.entries()) {
    const expectedSeq = index + 1;
    if (link.seq !== expectedSeq) {
      return {
        seq: expectedSeq,
        problem: 'event_missing',
        reason: `seq ${expectedSeq} is missing (the next stored event is seq ${link.seq})`,
      };
    }
    if (link.prevHash !== prevHash) {
      return {
        seq: link.seq,
        problem: 'link_broken',
        reason:
          prevHash === null
            ? 'the first event has a prev_hash'
            : `prev_hash does not match the hash of seq ${expectedSeq - 1}`,
      };
    }
    if (auditEventHash(link.prevHash, link) !== link.hash) {
      return {
        seq: link.seq,
        problem: 'content_changed',
        reason: 'the content does not match its hash',
      };
    }
    prevHash = link.hash;
  }
  return undefined;
}

function findSealBreak(
  caseNumber: string,
  links: readonly AuditChainLink[],
  seals: readonly AuditSeal[],
  keyring: AuditKeyring,
): AuditChainBreak | undefined {
  const bySeq = new Map(seals.map((seal) => [seal.seq, seal]));
  for (const link of links) {
    const seal = bySeq.get(link.seq);
    if (!seal) {
      return {
        seq: link.seq,
        problem: 'seal_missing',
        reason:
          'no keyed seal: the application did not write this event (or it was recorded before AUDIT_KEY and never sealed)',
      };
    }
    if (seal.keyId !== keyring.keyId) {
      return {
        seq: link.seq,
        problem: 'seal_other_key',
        reason: `sealed with key ${seal.keyId}, not with the configured AUDIT_KEY (${keyring.keyId})`,
      };
    }
    if (!keyring.matches(keyring.seal(caseNumber, link.seq, link.hash), seal.mac)) {
      return {
        seq: link.seq,
        problem: 'seal_mismatch',
        reason: 'the keyed seal does not match: the event or its hash was rewritten',
      };
    }
  }
  return undefined;
}

function findHeadBreak(
  caseNumber: string,
  links: readonly AuditChainLink[],
  head: AuditHead | undefined,
  keyring: AuditKeyring,
): AuditChainBreak | undefined {
  const last = links.at(-1);
  const after = (last?.seq ?? 0) + 1;
  if (!head) {
    return last === undefined
      ? undefined
      : {
          seq: after,
          problem: 'head_missing',
          reason: `the keyed head is missing, so events after seq ${last.seq} may have been removed`,
        };
  }
  if (head.keyId !== keyring.keyId) {
    return {
      seq: after,
      problem: 'head_other_key',
      reason: `the head is signed with key ${head.keyId}, not with the configured AUDIT_KEY (${keyring.keyId})`,
    };
  }
  if (!keyring.matches(keyring.head(caseNumber, head.seq, head.hash), head.mac)) {
    return {
      seq: after,
      problem: 'head_mismatch',
      reason: `the keyed head was rewritten, so events after seq ${after - 1} may have been removed`,
    };
  }
  if (head.seq > after - 1) {
    return {
      seq: after,
      problem: 'tail_missing',
      reason: `seq ${after} to ${head.seq} are missing: the keyed head records ${head.seq} events`,
    };
  }
  if (head.seq < after - 1) {
    return {
      seq: head.seq + 1,
      problem: 'beyond_head',
      reason: `the keyed head ends at seq ${head.seq}: what follows was not written by the application`,
    };
  }
  if (head.hash !== last?.hash) {
    return {
      seq: head.seq,
      problem: 'head_mismatch',
      reason: `seq ${head.seq} is not the event the keyed head records`,
    };
  }
  return undefined;
}
