import { createHash } from 'node:crypto';
import type { CaseEvent } from '@firecase/domain';

/** What one audit_event row asserts about a case; its hash covers exactly these fields. */
export interface AuditEventContent {
  readonly caseNumber: string;
  readonly seq: number;
  /** An ISO-8601 instant; it is normalised (UTC, milliseconds) before hashing. */
  readonly occurredAt: string;
  readonly eventType: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly actorRole: string;
  readonly summary: string;
  /** null when the event carries no detail (stored as SQL NULL). */
  readonly detail: unknown;
}

/**
 * One case event as the audit trail records it. The instant is normalised here already, so the
 * database stores exactly the value that was hashed.
 */
export function toAuditContent(caseNumber: string, event: CaseEvent): AuditEventContent {
  return {
    caseNumber,
    seq: event.seq,
    occurredAt: normalisedInstant(event.at, event.seq),
    eventType: event.type,
    actorId: event.actor.userId,
    actorName: event.actor.name,
    actorRole: event.actor.role,
    summary: event.summary,
    detail: event.detail ?? null,
  };
}

/**
 * sha256 (hex) of the predecessor's hash (empty for the first event), a newline, and the
 * canonical JSON of the content. Anyone holding the rows can recompute it: the JSON keys are the
 * table's column names.
 */
export function auditEventHash(prevHash: string | null, content: AuditEventContent): string {
  return createHash('sha256')
    .update(`${prevHash ?? ''}\n${canonicalAuditContent(content)}`, 'utf8')
    .digest('hex');
}

export function canonicalAuditContent(content: AuditEventContent): string {
  // Picked field by field: a record with extra properties (hash, recorded_at) hashes the same.
  return canonicalJson({
    case_number: content.caseNumber,
    seq: content.seq,
    occurred_at: normalisedInstant(content.occurredAt, content.seq),
    event_type: content.eventType,
    actor_id: content.actorId,
    actor_name: content.actorName,
    actor_role: content.actorRole,
    summary: content.summary,
    detail: content.detail ?? null,
  });
}

/**
 * JSON with object keys sorted recursively (by UTF-16 code unit, as RFC 8785 does), no
 * whitespace, and JSON.stringify's rules for everything else: undefined members are dropped, as
 * they are when the value is stored as jsonb, so a value hashes the same before and after a
 * round trip through the database. A top-level undefined reads as null.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value) ?? 'null';
}

function serialise(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && 'toJSON' in value) {
    const { toJSON } = value;
    if (typeof toJSON === 'function') return serialise((toJSON as () => unknown).call(value));
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => serialise(item) ?? 'null').join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .flatMap((key) => {
        const member = serialise(record[key]);
        return member === undefined ? [] : [`${JSON.stringify(key)}:${member}`];
      });
    return `{${members.join(',')}}`;
  }
  // Primitives; undefined, functions and symbols give undefined, which the callers drop.
  return JSON.stringify(value);
}

/** The same instant always reads the same: `2024-02-08T10:00+08:00` → `2024-02-08T02:00:00.000Z`. */
function normalisedInstant(at: string, seq: number): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new Error(`audit event seq ${seq}: "${at}" is not an ISO instant`);
  return new Date(ms).toISOString();
}
