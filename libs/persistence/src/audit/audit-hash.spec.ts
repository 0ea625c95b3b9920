import { createHash } from 'node:crypto';
import type { CaseEvent } from '@firecase/domain';
import { auditEventHash, canonicalJson, toAuditContent } from './audit-hash';

const event: CaseEvent = {
  seq: 1,
  at: '2026-01-05T01:00:00.000Z',
  type: 'case_registered',
  actor: { userId: 'u-officer-li', name: 'Li Wei', role: 'officer' },
  summary: 'Hazard registered',
  detail: { severity: 'major', location: { grid: 'G-11', community: 'Shuanghe' } },
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('drops undefined members as jsonb storage does, and reads them as null inside arrays', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes strings and keys as JSON does', () => {
    expect(canonicalJson({ 'k"1': '太白 "quoted"\n' })).toBe('{"k\\"1":"太白 \\"quoted\\"\\n"}');
  });
});

describe('auditEventHash', () => {
  it('is the sha256 of the previous hash, a newline and the canonical content', () => {
    const content = toAuditContent('TB-2026-000001', event);
    const canonical =
      '{"actor_id":"u-officer-li","actor_name":"Li Wei","actor_role":"officer",' +
      '"case_number":"TB-2026-000001","detail":{"location":{"community":"Shuanghe","grid":"G-11"},' +
      '"severity":"major"},"event_type":"case_registered","occurred_at":"2026-01-05T01:00:00.000Z",' +
      '"seq":1,"summary":"Hazard registered"}';
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(auditEventHash(null, content)).toBe(sha256(`\n${canonical}`));
    expect(auditEventHash('ab'.repeat(32), content)).toBe(
      sha256(`${'ab'.repeat(32)}\n${canonical}`),
    );
  });

  it('hashes the same content the same, whatever its key order or round trips', () => {
    const reordered: CaseEvent = {
      detail: { location: { community: 'Shuanghe', grid: 'G-11' }, severity: 'major' },
      summary: event.summary,
      actor: { role: 'officer', name: 'Li Wei', userId: 'u-officer-li' },
      type: event.type,
      at: '2026-01-05T09:00:00+08:00',
      seq: 1,
    };
    const viaJson = JSON.parse(
      JSON.stringify({ ...event, detail: { ...event.detail, gone: undefined } }),
    );
    const expected = auditEventHash(null, toAuditContent('TB-2026-000001', event));
    expect(auditEventHash(null, toAuditContent('TB-2026-000001', reordered))).toBe(expected);
    expect(auditEventHash(null, toAuditContent('TB-2026-000001', viaJson))).toBe(expected);
  });

  it('changes with any field of the content and with the previous hash', () => {
    const base = toAuditContent('TB-2026-000001', event);
    const hash = auditEventHash(null, base);
    expect(auditEventHash(null, { ...base, summary: 'Hazard registered.' })).not.toBe(hash);
    expect(auditEventHash(null, { ...base, actorRole: 'supervisor' })).not.toBe(hash);
    expect(auditEventHash(null, { ...base, detail: { severity: 'general' } })).not.toBe(hash);
    expect(auditEventHash(null, { ...base, occurredAt: '2026-01-05T01:00:00.001Z' })).not.toBe(
      hash,
    );
    expect(auditEventHash('0'.repeat(64), base)).not.toBe(hash);
  });

  it('treats an event without detail as detail null', () => {
    expect(toAuditContent('TB-2026-000001', { ...event, detail: undefined }).detail).toBeNull();
  });

  it('refuses a timestamp that is not an instant', () => {
    expect(() =>
      auditEventHash(null, toAuditContent('TB-2026-000001', { ...event, at: 'soon' })),
    ).toThrow(/seq 1: "soon" is not an ISO instant/);
  });
});
