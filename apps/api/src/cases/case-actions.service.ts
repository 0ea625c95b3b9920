import { Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { CASE_NUMBER_PATTERN, CASE_UPDATES, type CaseView, getCaseQuery } from '@firecase/contract';
import {
  type Actor,
  type CaseCommands,
  type CaseCommandType,
  CaseErrorCode,
} from '@firecase/domain';
import { CaseRefusedException } from '../errors/case-refused.exception';
import { translateCaseError } from './temporal-errors';

/**
 * Every officer and supervisor action is a Temporal update of the case workflow: the caller
 * learns at once whether the workflow accepted it, and why not.
 */
@Injectable()
export class CaseActionsService {
  constructor(private readonly client: Client) {}

  async perform<K extends CaseCommandType>(
    caseNumber: string,
    type: K,
    actor: Actor,
    body: Omit<CaseCommands[K], 'actor'>,
  ): Promise<CaseView> {
    const handle = this.handle(caseNumber);
    const input = { ...body, actor } as CaseCommands[K];
    try {
      // By name: the definitions in CASE_UPDATES carry the same names and types.
      return await handle.executeUpdate<CaseView, [CaseCommands[K]]>(CASE_UPDATES[type].name, {
        args: [input],
      });
    } catch (error) {
      if (await this.isFinished(caseNumber)) {
        throw new CaseRefusedException(
          CaseErrorCode.CaseFinished,
          `case ${caseNumber} is finished; nothing more can be done`,
        );
      }
      return translateCaseError(caseNumber, error);
    }
  }

  /** An update on a closed or voided case fails as "not found"; the case itself is still there. */
  private async isFinished(caseNumber: string): Promise<boolean> {
    try {
      const { status } = await this.handle(caseNumber).describe();
      return status.name !== 'RUNNING';
    } catch {
      return false;
    }
  }

  async view(caseNumber: string): Promise<CaseView> {
    try {
      return await this.handle(caseNumber).query(getCaseQuery);
    } catch (error) {
      return translateCaseError(caseNumber, error);
    }
  }

  private handle(caseNumber: string) {
    if (!CASE_NUMBER_PATTERN.test(caseNumber))
      throw new NotFoundException(`case ${caseNumber} not found`);
    return this.client.workflow.getHandle(caseNumber);
  }
}
