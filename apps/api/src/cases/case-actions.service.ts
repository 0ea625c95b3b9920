import { Injectable } from '@nestjs/common';
import {
  Client,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { CASE_UPDATES, type CaseView } from '@firecase/contract';
import {
  type CaseCommands,
  type CaseCommandType,
  CaseErrorCode,
  isTerminal,
} from '@firecase/domain';
import { CaseRecordRepository } from '@firecase/persistence';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import { mayPerformCaseAction } from '../authz/api-permissions';
import { CaseRefusedException } from '../errors/case-refused.exception';
import { CaseWorkflowUnavailableException } from '../errors/coded-http.exception';
import { EvidenceCitationChecker } from '../evidence/evidence-citations';
import { CaseActionIdempotency } from './case-action-idempotency';
import { CaseReadsService, type LocatedCase } from './case-reads.service';
import { CaseWorkerAvailability } from './case-worker-availability';
import { translateCaseError } from './temporal-errors';

/**
 * How long an action waits for its workflow. Past the availability check this only trips when a
 * worker vanished in the last moments; the update may then still be applied when one returns,
 * which is why the 503 says to retry with the same Idempotency-Key.
 */
export const ACTION_DEADLINE_MS = 10_000;

/**
 * Every officer and supervisor action is a Temporal update of the case workflow: the caller
 * learns at once whether the workflow accepted it, and why not. The scope check reads the record
 * (no workflow query); with an Idempotency-Key the action runs under a stored update id and its
 * answer is kept, so a retry records nothing twice and answers the same.
 */
@Injectable()
export class CaseActionsService {
  constructor(
    private readonly client: Client,
    private readonly reads: CaseReadsService,
    private readonly records: CaseRecordRepository,
    private readonly workers: CaseWorkerAvailability,
    private readonly citations: EvidenceCitationChecker,
    private readonly idempotency: CaseActionIdempotency,
  ) {}

  async perform<K extends CaseCommandType>(
    caseNumber: string,
    type: K,
    user: AuthenticatedUser,
    body: Omit<CaseCommands[K], 'actor'>,
    idempotencyKey?: string,
  ): Promise<CaseView> {
    if (!mayPerformCaseAction(user.role, type)) {
      throw new CaseRefusedException(
        CaseErrorCode.RoleNotPermitted,
        `a ${user.role} may not ${type}`,
      );
    }
    const located = await this.reads.locateFor(caseNumber, user); // 404 outside the scope
    await this.citations.assertCitable(user, body); // 400 naming evidence that is not citable
    const input = { ...body, actor: actorOf(user) } as CaseCommands[K];
    if (idempotencyKey === undefined) return this.execute(located, type, input);
    return this.idempotency.run(
      { user, idempotencyKey, caseNumber, action: type, body },
      (updateId) => this.execute(located, type, input, updateId),
    );
  }

  /** The freshest view of a case (record, or workflow when newer); unscoped, for the api's use. */
  async view(caseNumber: string): Promise<CaseView> {
    return (await this.reads.locate(caseNumber)).view;
  }

  private async execute<K extends CaseCommandType>(
    located: LocatedCase,
    type: K,
    input: CaseCommands[K],
    updateId?: string,
  ): Promise<CaseView> {
    const { caseNumber } = located;
    const handle = this.client.workflow.getHandle(caseNumber);
    if (isTerminal(located.status)) {
      // A retry of the action that finished the case finds its answer with Temporal (if the
      // workflow is still kept); anything else on a finished case is refused without asking.
      const earlier = updateId ? await this.earlierOutcome(caseNumber, updateId) : undefined;
      if (earlier) return earlier;
      throw finished(caseNumber);
    }
    const availability = await this.workers.check();
    if (!availability.available) {
      throw new CaseWorkflowUnavailableException(
        `case actions cannot be taken now: ${availability.reason}. Nothing was recorded; try again shortly`,
      );
    }
    try {
      // By name: the definitions in CASE_UPDATES carry the same names and types.
      return await this.client.connection.withDeadline(Date.now() + ACTION_DEADLINE_MS, () =>
        handle.executeUpdate<CaseView, [CaseCommands[K]]>(CASE_UPDATES[type].name, {
          args: [input],
          ...(updateId ? { updateId } : {}),
        }),
      );
    } catch (error) {
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
        this.workers.reportUnresponsive(
          `no case worker answered an update within ${ACTION_DEADLINE_MS / 1000} s`,
        );
        throw new CaseWorkflowUnavailableException(
          `case ${caseNumber}: no worker answered within ${ACTION_DEADLINE_MS / 1000} s. The action may still take effect when one does; send it again with the same Idempotency-Key to learn its outcome`,
        );
      }
      // A refusal comes from the running workflow itself; anything else may mean it finished.
      if (!(error instanceof WorkflowUpdateFailedError) && (await this.isFinished(caseNumber))) {
        // The action that finished the case, retried after a crash, gets its own answer back.
        const earlier = updateId ? await this.earlierOutcome(caseNumber, updateId) : undefined;
        if (earlier) return earlier;
        throw finished(caseNumber);
      }
      return translateCaseError(caseNumber, error);
    }
  }

  /** The result of an update that already ran, if Temporal still holds it. */
  private async earlierOutcome(
    caseNumber: string,
    updateId: string,
  ): Promise<CaseView | undefined> {
    try {
      return await this.client.connection.withDeadline(Date.now() + 3_000, () =>
        this.client.workflow.getHandle(caseNumber).getUpdateHandle<CaseView>(updateId).result(),
      );
    } catch {
      return undefined;
    }
  }

  /** An update on a closed or voided case fails as "not found"; the case itself is still there. */
  private async isFinished(caseNumber: string): Promise<boolean> {
    const record = await this.records.find(caseNumber);
    if (record && isTerminal(record.status as LocatedCase['status'])) return true;
    try {
      const { status } = await this.client.connection.withDeadline(Date.now() + 3_000, () =>
        this.client.workflow.getHandle(caseNumber).describe(),
      );
      return status.name !== 'RUNNING';
    } catch {
      return false;
    }
  }
}

function finished(caseNumber: string): CaseRefusedException {
  return new CaseRefusedException(
    CaseErrorCode.CaseFinished,
    `case ${caseNumber} is finished; nothing more can be done`,
  );
}
