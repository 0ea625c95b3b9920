import { Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { CASE_NUMBER_PATTERN, CASE_UPDATES, type CaseView, getCaseQuery } from '@firecase/contract';
import { type CaseCommands, type CaseCommandType, CaseErrorCode } from '@firecase/domain';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import { mayPerformCaseAction } from '../authz/api-permissions';
import { caseScopeOf, isInScope } from '../authz/case-scope';
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
    user: AuthenticatedUser,
    body: Omit<CaseCommands[K], 'actor'>,
  ): Promise<CaseView> {
    if (!mayPerformCaseAction(user.role, type)) {
      throw new CaseRefusedException(
        CaseErrorCode.RoleNotPermitted,
        `a ${user.role} may not ${type}`,
      );
    }
    await this.viewFor(caseNumber, user); // 404 outside the caller's scope
    const handle = this.handle(caseNumber);
    const input = { ...body, actor: actorOf(user) } as CaseCommands[K];
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

  /**
   * The case, if the user's scope reaches it. A case outside it answers exactly as an unknown
   * one does (404), so its existence is not given away either.
   */
  async viewFor(caseNumber: string, user: AuthenticatedUser): Promise<CaseView> {
    const view = await this.view(caseNumber);
    const { department, location } = view.state.discovery;
    if (!isInScope(caseScopeOf(user), { department, community: location.community })) {
      throw new NotFoundException(`case ${caseNumber} not found`);
    }
    return view;
  }

  /** Unscoped: for the api's own use after it has checked the caller. */
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
