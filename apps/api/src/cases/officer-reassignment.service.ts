import { BadRequestException, Injectable } from '@nestjs/common';
import type { CaseView } from '@firecase/contract';
import { UserRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseActionsService } from './case-actions.service';
import { CaseReadsService } from './case-reads.service';
import type { ReassignOfficerDto } from './dto/case-action.dto';

/**
 * 变更承办人: the new officer must be an enabled officer of the case's department; the workflow
 * records the change and tells the new officer.
 */
@Injectable()
export class OfficerReassignmentService {
  constructor(
    private readonly actions: CaseActionsService,
    private readonly reads: CaseReadsService,
    private readonly users: UserRepository,
  ) {}

  async reassign(
    caseNumber: string,
    user: AuthenticatedUser,
    body: ReassignOfficerDto,
    idempotencyKey?: string,
  ): Promise<CaseView> {
    const view = await this.reads.viewFor(caseNumber, user); // 404 outside the caller's scope
    const officer = await this.users.findById(body.userId).catch(() => undefined);
    const department = view.state.discovery.department;
    if (!officer || officer.disabled || officer.role !== 'officer') {
      throw new BadRequestException(`userId ${body.userId} is not an enabled officer`);
    }
    if (officer.departmentCode !== department) {
      throw new BadRequestException(
        `userId ${body.userId} is not an officer of the case's department ${department}`,
      );
    }
    return this.actions.perform(
      caseNumber,
      'reassignOfficer',
      user,
      {
        officer: { userId: officer.id, name: officer.displayName },
        reason: body.reason,
      },
      idempotencyKey,
    );
  }
}
