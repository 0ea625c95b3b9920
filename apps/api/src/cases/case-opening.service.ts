import { createHash } from 'node:crypto';
import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { ValidationError } from 'class-validator';
import {
  CASE_TASK_QUEUE,
  type CaseView,
  HAZARD_CASE_WORKFLOW,
  type HazardCaseWorkflowInput,
} from '@firecase/contract';
import { chinaDateOf, DEFAULT_CASE_POLICY } from '@firecase/domain';
import { CampaignRepository, CaseOpeningRepository } from '@firecase/persistence';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import { mayOpenFor } from '../authz/case-scope';
import { FieldValidationException } from '../errors/field-validation.exception';
import { CaseActionsService } from './case-actions.service';
import type { OpenCaseDto } from './dto/open-case.dto';
import { stableJson } from './stable-json';

export interface OpenedCase {
  readonly caseNumber: string;
  /** True when an earlier request with the same Idempotency-Key had already opened it. */
  readonly replayed: boolean;
  readonly case: CaseView;
}

/**
 * Opens a case: reserves its number (and the Idempotency-Key) in PostgreSQL, then starts its
 * workflow under that number. A crash between the two loses nothing: retrying with the same key
 * finds the number and starts the workflow, which Temporal starts at most once.
 */
@Injectable()
export class CaseOpeningService {
  constructor(
    private readonly client: Client,
    private readonly openings: CaseOpeningRepository,
    private readonly actions: CaseActionsService,
    private readonly campaigns: CampaignRepository,
  ) {}

  async open(
    dto: OpenCaseDto,
    user: AuthenticatedUser,
    idempotencyKey?: string,
  ): Promise<OpenedCase> {
    if (!mayOpenFor(user, dto.department)) {
      throw new ForbiddenException(
        `a ${user.role} opens cases for their own department (${user.departmentCode ?? 'none'}) only`,
      );
    }
    // Before a number is reserved: a campaign that does not exist must not burn one.
    const { campaignId: named, ...discovery } = dto;
    const campaignId = await this.campaignOf(named, dto.discoveredAt);
    const requestHash = createHash('sha256').update(stableJson(dto)).digest('hex');
    const year = Number(chinaDateOf(new Date().toISOString()).slice(0, 4));
    const reservation = await this.openings.reserve(year, idempotencyKey, requestHash);
    if (reservation.outcome === 'key_reused') {
      throw new ConflictException(
        `Idempotency-Key ${idempotencyKey} was already used for a different request (case ${reservation.caseNumber})`,
      );
    }
    const { caseNumber } = reservation;
    const input: HazardCaseWorkflowInput = {
      caseNumber,
      discovery: {
        ...discovery,
        evidence: dto.evidence ?? [],
        ...(campaignId === undefined ? {} : { campaignId }),
      },
      registeredBy: actorOf(user),
      policy: DEFAULT_CASE_POLICY,
    };
    try {
      await this.client.workflow.start(HAZARD_CASE_WORKFLOW, {
        taskQueue: CASE_TASK_QUEUE,
        workflowId: caseNumber,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return {
      caseNumber,
      replayed: reservation.outcome === 'replay',
      case: await this.actions.view(caseNumber),
    };
  }

  /** 专项行动: the one named at registration, else the one whose period covers the discovery. */
  private async campaignOf(named: string | undefined, discoveredAt: string) {
    if (named === undefined) return this.campaigns.covering(new Date(discoveredAt).toISOString());
    if (await this.campaigns.exists(named)) return named;
    throw new FieldValidationException([
      Object.assign(new ValidationError(), {
        property: 'campaignId',
        constraints: { exists: `campaignId ${named} names no campaign` },
      }),
    ]);
  }
}
