import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type CaseNumberReservation =
  | { readonly outcome: 'new'; readonly caseNumber: string }
  | { readonly outcome: 'replay'; readonly caseNumber: string }
  | { readonly outcome: 'key_reused'; readonly caseNumber: string };

/**
 * Allocates case numbers (TB-YYYY-NNNNNN, gapless per year) and remembers which Idempotency-Key
 * got which number. Two requests with one key, even at the same moment, get one case: the second
 * waits on the key's unique index until the first commits, then reads its number.
 */
@Injectable()
export class CaseOpeningRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async reserve(
    year: number,
    idempotencyKey: string | undefined,
    requestHash: string,
  ): Promise<CaseNumberReservation> {
    return this.dataSource
      .transaction(async (manager): Promise<CaseNumberReservation> => {
        if (idempotencyKey !== undefined) {
          const existing = await this.findByKey(manager, idempotencyKey, requestHash);
          if (existing) return existing;
        }
        const caseNumber = await this.nextNumber(manager, year);
        if (idempotencyKey === undefined) return { outcome: 'new' as const, caseNumber };
        const inserted: unknown[] = await manager.query(
          `INSERT INTO case_open_request (idempotency_key, request_hash, case_number)
         VALUES ($1, $2, $3) ON CONFLICT (idempotency_key) DO NOTHING RETURNING case_number`,
          [idempotencyKey, requestHash, caseNumber],
        );
        if (inserted.length > 0) return { outcome: 'new' as const, caseNumber };
        // A concurrent request with the same key committed first: undo our number, use theirs.
        throw new ConcurrentReservation();
      })
      .catch(async (error: unknown) => {
        if (!(error instanceof ConcurrentReservation) || idempotencyKey === undefined) throw error;
        const existing = await this.findByKey(this.dataSource.manager, idempotencyKey, requestHash);
        if (!existing) throw new Error(`idempotency key ${idempotencyKey} vanished`);
        return existing;
      });
  }

  private async findByKey(
    manager: EntityManager,
    key: string,
    requestHash: string,
  ): Promise<CaseNumberReservation | undefined> {
    const rows: { case_number: string; request_hash: string }[] = await manager.query(
      'SELECT case_number, request_hash FROM case_open_request WHERE idempotency_key = $1',
      [key],
    );
    if (rows.length === 0) return undefined;
    const [row] = rows;
    return {
      outcome: row.request_hash === requestHash ? 'replay' : 'key_reused',
      caseNumber: row.case_number,
    };
  }

  private async nextNumber(manager: EntityManager, year: number): Promise<string> {
    const [row]: { last_number: number }[] = await manager.query(
      `INSERT INTO case_number_counter (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = case_number_counter.last_number + 1
       RETURNING last_number`,
      [year],
    );
    return `TB-${year}-${String(row.last_number).padStart(6, '0')}`;
  }
}

class ConcurrentReservation extends Error {}
