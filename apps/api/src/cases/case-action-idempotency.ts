import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CaseView } from '@firecase/contract';
import type { CaseErrorCode } from '@firecase/domain';
import { type CaseActionAnswer, CaseActionRequestRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseRefusedException } from '../errors/case-refused.exception';
import { IdempotencyKeyReusedException } from '../errors/coded-http.exception';
import { stableJson } from './stable-json';

export interface IdempotentAction {
  readonly user: AuthenticatedUser;
  readonly idempotencyKey: string;
  readonly caseNumber: string;
  readonly action: string;
  readonly body: unknown;
}

/**
 * Runs a case action at most once per (user, Idempotency-Key). The key is stored with a Temporal
 * update id before the update is sent, so a retry (even from another API process after a crash)
 * sends the same update id, which Temporal runs once; the answer is kept in PostgreSQL, so a
 * retry after Temporal has forgotten the update (continue-as-new, retention) still gets it.
 * Refusals are kept too: the same request answers the same. Failures that say nothing about the
 * action (503, a crash) are not kept: a retry tries again.
 */
@Injectable()
export class CaseActionIdempotency {
  constructor(private readonly requests: CaseActionRequestRepository) {}

  async run(
    action: IdempotentAction,
    execute: (updateId: string) => Promise<CaseView>,
  ): Promise<CaseView> {
    const { user, idempotencyKey, caseNumber } = action;
    const requestHash = createHash('sha256')
      .update(stableJson({ caseNumber, action: action.action, body: action.body }))
      .digest('hex');
    const stored = await this.requests.claim({
      userId: user.id,
      idempotencyKey,
      caseNumber,
      action: action.action,
      requestHash,
    });
    if (stored.requestHash !== requestHash) {
      const sameAction = stored.caseNumber === caseNumber && stored.action === action.action;
      throw new IdempotencyKeyReusedException(
        `Idempotency-Key ${idempotencyKey} was already used for a different request (${stored.action} on case ${stored.caseNumber}${sameAction ? ' with another body' : ''}); send a new key for a new request`,
      );
    }
    if (stored.answer) return replay(stored.answer);
    let answer: CaseActionAnswer;
    try {
      answer = { statusCode: 200, body: await execute(stored.updateId) };
    } catch (error) {
      if (!(error instanceof CaseRefusedException)) throw error;
      answer = {
        statusCode: error.getStatus(),
        body: { code: error.code, message: error.message },
      };
    }
    return replay(await this.requests.answer(user.id, idempotencyKey, answer));
  }
}

/** The kept answer, given again: the view, or the same refusal thrown again. */
function replay(answer: CaseActionAnswer): CaseView {
  if (answer.statusCode === 200) return answer.body as CaseView;
  const { code, message } = answer.body as { code: CaseErrorCode; message: string };
  throw new CaseRefusedException(code, message);
}
