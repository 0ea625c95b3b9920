import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What a case action answered: its HTTP status and body, kept to answer a retry the same way. */
export interface CaseActionAnswer {
  readonly statusCode: number;
  readonly body: unknown;
}

/** A case action sent with an Idempotency-Key, as first received. */
export interface CaseActionClaim {
  readonly userId: string;
  readonly idempotencyKey: string;
  readonly caseNumber: string;
  readonly action: string;
  /** SHA-256 (hex) of the request: case, action and body. */
  readonly requestHash: string;
}

export interface CaseActionRequest extends CaseActionClaim {
  /** The Temporal update id the action runs under: a retry attaches to the same update. */
  readonly updateId: string;
  /** Absent until the action's outcome is known (or while the API that ran it crashed). */
  readonly answer?: CaseActionAnswer;
}

/**
 * Remembers case actions by (user, Idempotency-Key), table case_action_request. Keys belong to
 * the user who sent them: two users' equal keys are two requests.
 */
@Injectable()
export class CaseActionRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The request under this key: the one stored first if there is one (compare its hash to see
   * whether it is the same request), else this one, stored now with a fresh update id. Two claims
   * at once get the same row: the second waits on the key until the first commits.
   */
  async claim(claim: CaseActionClaim): Promise<CaseActionRequest> {
    await this.dataSource.query(
      `INSERT INTO case_action_request
         (user_id, idempotency_key, case_number, action, request_hash, update_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, idempotency_key) DO NOTHING`,
      [
        claim.userId,
        claim.idempotencyKey,
        claim.caseNumber,
        claim.action,
        claim.requestHash,
        `action-${randomUUID()}`,
      ],
    );
    const stored = await this.find(claim.userId, claim.idempotencyKey);
    if (!stored) throw new Error(`idempotency key ${claim.idempotencyKey} vanished`);
    return stored;
  }

  /**
   * Keeps the answer unless one is there already, and returns the one that stays: concurrent
   * retries that each ran the update all answer with the first answer kept.
   */
  async answer(
    userId: string,
    idempotencyKey: string,
    answer: CaseActionAnswer,
  ): Promise<CaseActionAnswer> {
    await this.dataSource.query(
      `UPDATE case_action_request SET status_code = $3, answer = $4, answered_at = now()
        WHERE user_id = $1 AND idempotency_key = $2 AND answer IS NULL`,
      [userId, idempotencyKey, answer.statusCode, JSON.stringify(answer.body)],
    );
    const stored = await this.find(userId, idempotencyKey);
    return stored?.answer ?? answer;
  }

  async find(userId: string, idempotencyKey: string): Promise<CaseActionRequest | undefined> {
    const rows: {
      user_id: string;
      idempotency_key: string;
      case_number: string;
      action: string;
      request_hash: string;
      update_id: string;
      status_code: number | null;
      answer: unknown;
    }[] = await this.dataSource.query(
      `SELECT user_id, idempotency_key, case_number, action, request_hash, update_id,
              status_code, answer
         FROM case_action_request WHERE user_id = $1 AND idempotency_key = $2`,
      [userId, idempotencyKey],
    );
    if (rows.length === 0) return undefined;
    const [row] = rows;
    return {
      userId: row.user_id,
      idempotencyKey: row.idempotency_key,
      caseNumber: row.case_number,
      action: row.action,
      requestHash: row.request_hash,
      updateId: row.update_id,
      ...(row.status_code !== null
        ? { answer: { statusCode: row.status_code, body: row.answer } }
        : {}),
    };
  }
}
