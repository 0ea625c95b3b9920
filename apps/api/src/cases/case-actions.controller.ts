import { applyDecorators, Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiCaseNumberParam, ApiIdempotencyKey } from '../openapi/api-params.decorator';
import { CaseActionsService } from './case-actions.service';
import { OfficerReassignmentService } from './officer-reassignment.service';
import { IdempotencyKey } from './idempotency-key.decorator';
import {
  CloseCaseDto,
  CriticismDto,
  GrantExtensionDto,
  InterimMeasuresDto,
  InterviewOutcomeDto,
  MigrateRulesDto,
  PatrolDto,
  ReasonDto,
  ReassignOfficerDto,
  ReferralDto,
  RectificationReportDto,
  ReinspectionDto,
  ScheduleInterviewDto,
  ServeNoticeDto,
} from './dto/case-action.dto';
import { CaseViewDto } from './view/case.view';

/** One lifecycle action: a Temporal update, answered 200 with the case as the workflow now holds it. */
function CaseAction(summary: string) {
  return applyDecorators(
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type: CaseViewDto, description: 'the case as the workflow now holds it' }),
  );
}

/**
 * The lifecycle actions on one case; each answers with the case as the workflow now holds it.
 * With an Idempotency-Key, a retry records nothing twice and answers as the first time.
 */
@ApiTags('case actions')
@ApiIdempotencyKey(
  'retries with the same key record the action once and answer the same; the same key with another request answers 422 (IDEMPOTENCY_KEY_REUSED)',
)
@Permit('actOnCase')
@ApiCaseNumberParam()
@ApiErrors(404, 409, 422, 503)
@Controller('cases/:caseNumber')
export class CaseActionsController {
  constructor(
    private readonly actions: CaseActionsService,
    private readonly reassignment: OfficerReassignmentService,
  ) {}

  @Post('officer')
  @CaseAction('变更承办人: hand the case to another officer of its department')
  reassignOfficer(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: ReassignOfficerDto,
  ) {
    return this.reassignment.reassign(n, a, b, k);
  }

  @Post('rules-migration')
  @CaseAction('规则版本迁移: move the case to newer lifecycle rules, recorded')
  migrateRules(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: MigrateRulesDto,
  ) {
    return this.actions.perform(n, 'migrateRules', a, b, k);
  }

  // POST notice (下达整改通知书) lives in the notices module: it also issues the numbered PDF.

  @Post('notice/service')
  @CaseAction('送达: record service of the notice')
  serveNotice(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: ServeNoticeDto,
  ) {
    return this.actions.perform(n, 'serveNotice', a, b, k);
  }

  @Post('interim-measures')
  @CaseAction('临时防范措施: record interim safeguards')
  recordInterimMeasures(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: InterimMeasuresDto,
  ) {
    return this.actions.perform(n, 'recordInterimMeasures', a, b, k);
  }

  @Post('patrols')
  @CaseAction('Record a patrol of the interim safeguards')
  recordPatrol(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: PatrolDto,
  ) {
    return this.actions.perform(n, 'recordPatrol', a, b, k);
  }

  @Post('rectification-reports')
  @CaseAction('The responsible party reports the hazard fixed')
  reportRectification(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: RectificationReportDto,
  ) {
    return this.actions.perform(n, 'reportRectification', a, b, k);
  }

  @Post('reinspections')
  @CaseAction('复查: record a re-inspection')
  recordReinspection(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: ReinspectionDto,
  ) {
    return this.actions.perform(n, 'recordReinspection', a, b, k);
  }

  @Post('extension-requests')
  @CaseAction('申请延期: request an extension')
  requestExtension(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: ReasonDto,
  ) {
    return this.actions.perform(n, 'requestExtension', a, b, k);
  }

  @Post('extension-requests/rejection')
  @CaseAction('Reject the pending extension request')
  rejectExtension(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: ReasonDto,
  ) {
    return this.actions.perform(n, 'rejectExtension', a, b, k);
  }

  @Post('extensions')
  @CaseAction('批准延期: grant the one extension the policy allows')
  grantExtension(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: GrantExtensionDto,
  ) {
    return this.actions.perform(n, 'grantExtension', a, b, k);
  }

  @Post('interviews')
  @CaseAction('约谈: schedule the leader interview')
  scheduleInterview(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: ScheduleInterviewDto,
  ) {
    return this.actions.perform(n, 'scheduleInterview', a, b, k);
  }

  @Post('interviews/outcome')
  @CaseAction('约谈: record its outcome and the committed date')
  recordInterview(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: InterviewOutcomeDto,
  ) {
    return this.actions.perform(n, 'recordInterview', a, b, k);
  }

  @Post('criticism')
  @CaseAction('通报批评: record the public criticism notice')
  issueCriticism(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: CriticismDto,
  ) {
    return this.actions.perform(n, 'issueCriticism', a, b, k);
  }

  @Post('referral')
  @CaseAction('移交执法: record the referral to enforcement')
  referToEnforcement(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: ReferralDto,
  ) {
    return this.actions.perform(n, 'referToEnforcement', a, b, k);
  }

  @Post('closure')
  @CaseAction('销号: close the case after a passed re-inspection')
  closeCase(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: CloseCaseDto,
  ) {
    return this.actions.perform(n, 'closeCase', a, b, k);
  }

  @Post('void')
  @CaseAction('作废: void a mistaken case, with a reason')
  voidCase(
    @Param('caseNumber') n: string,
    @CurrentUser() a: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: ReasonDto,
  ) {
    return this.actions.perform(n, 'voidCase', a, b, k);
  }
}
