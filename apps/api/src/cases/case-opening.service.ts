import { createHash } from 'node:crypto';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { ValidationError } from 'class-validator';
import {
  CASE_TASK_QUEUE,
  type CaseView,
  HAZARD_CASE_WORKFLOW,
  type HazardCaseWorkflowInput,
} from '@firecase/contract';
import { chinaDateOf, CURRENT_RULES_VERSION, DEFAULT_CASE_POLICY } from '@firecase/domain';
import { CampaignRepository, CaseOpeningRepository } from '@firecase/persistence';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import { mayOpenFor } from '../authz/case-scope';
import {
  CaseWorkflowUnavailableException,
  IdempotencyKeyReusedException,
} from '../errors/coded-http.exception';
import { FieldValidationException } from '../errors/field-validation.exception';
import { EvidenceCitationChecker } from '../evidence/evidence-citations';
import { CaseReadsService } from './case-reads.service';
import { CaseWorkerAvailability } from './case-worker-availability';
import { isTemporalUnreachable } from './temporal-errors';
import type { OpenCaseDto } from './dto/open-case.dto';
import { stableJson } from './stable-json';

export interface OpenedCase {
  readonly caseNumber: string;
  /** True when an earlier request with the same Idempotency-Key had already opened it. */
  readonly replayed: boolean;
  readonly case: CaseView;
}

/** How long opening waits for Temporal to confirm the workflow's start. */
const START_DEADLINE_MS = 10_000;

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
    private readonly reads: CaseReadsService,
    private readonly workers: CaseWorkerAvailability,
    private readonly citations: EvidenceCitationChecker,
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
    await this.citations.assertCitable(user, dto);
    // A case no worker would run is not opened: 503 before a number is taken or a workflow started.
    const availability = await this.workers.check();
    if (!availability.available) {
      throw new CaseWorkflowUnavailableException(
        `cases cannot be opened now: ${availability.reason}. Nothing was recorded; try again shortly`,
      );
    }
    // Before a number is reserved: a campaign that does not exist must not burn one.
    const { campaignId: named, ...discovery } = dto;
    const campaignId = await this.campaignOf(named, dto.discoveredAt);
    const requestHash = createHash('sha256').update(stableJson(dto)).digest('hex');
    const year = Number(chinaDateOf(new Date().toISOString()).slice(0, 4));
    const reservation = await this.openings.reserve(year, idempotencyKey, requestHash);
    if (reservation.outcome === 'key_reused') {
      throw new IdempotencyKeyReusedException(
        `Idempotency-Key ${idempotencyKey} was already used for a different request (case ${reservation.caseNumber}); send a new key for a new request`,
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
      rulesVersion: CURRENT_RULES_VERSION,
    };
    try {
      await this.client.connection.withDeadline(Date.now() + START_DEADLINE_MS, () =>
        this.client.workflow.start(HAZARD_CASE_WORKFLOW, {
          taskQueue: CASE_TASK_QUEUE,
          workflowId: caseNumber,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        }),
      );
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        // Started by an earlier attempt with this key: answer with it.
      } else if (isTemporalUnreachable(error)) {
        throw new CaseWorkflowUnavailableException(
          `Temporal did not confirm the start of case ${caseNumber} within ${START_DEADLINE_MS / 1000} s; ${idempotencyKey ? 'send the request again with the same Idempotency-Key' : 'it may have been opened: look it up before sending it again, or send an Idempotency-Key'}`,
        );
      } else throw error;
    }
    return {
      caseNumber,
      replayed: reservation.outcome === 'replay',
      // The first projection may not have landed yet: the workflow answers, as long as it takes
      // its first task (the start was confirmed; the bound is the one actions have).
      case: (await this.reads.locate(caseNumber, 'freshest', START_DEADLINE_MS)).view,
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
