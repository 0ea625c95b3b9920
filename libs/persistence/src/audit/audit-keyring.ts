import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * AUDIT_KEY at work: keyed seals over audit events and keyed heads of case chains. The key lives
 * in the api's and the worker's configuration only; the database stores the MACs, never the key,
 * so an operator who can rewrite every table still cannot make a seal that verifies.
 */
export class AuditKeyring {
  /** Names the key in each stored MAC (a hash of it, not the key), so a rotation shows. */
  readonly keyId: string;
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(secret, 'utf8');
    this.keyId = this.mac('firecase-audit-key-id').slice(0, 16);
  }

  /** The seal of one event: its case, seq and chain hash (which covers its content). */
  seal(caseNumber: string, seq: number, hash: string): string {
    return this.mac(`firecase-audit-seal-v1\n${caseNumber}\n${seq}\n${hash}`);
  }

  /** The head of a case's chain: how many events it holds and the hash of the last one. */
  head(caseNumber: string, seq: number, hash: string): string {
    return this.mac(`firecase-audit-head-v1\n${caseNumber}\n${seq}\n${hash}`);
  }

  matches(expected: string, stored: string): boolean {
    const a = Buffer.from(expected, 'utf8');
    const b = Buffer.from(stored, 'utf8');
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private mac(message: string): string {
    return createHmac('sha256', this.key).update(message, 'utf8').digest('hex');
  }
}
