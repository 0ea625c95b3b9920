import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';
import type { CasePolicy, PolicySpan } from '@firecase/domain';

/** A span in statutory working days or in calendar days: exactly one of the two. */
const POLICY_SPAN: SchemaObject = {
  oneOf: [
    {
      type: 'object',
      required: ['workingDays'],
      properties: { workingDays: { type: 'integer', minimum: 0 } },
    },
    {
      type: 'object',
      required: ['calendarDays'],
      properties: { calendarDays: { type: 'integer', minimum: 0 } },
    },
  ],
};

const span = (description?: string) => ApiProperty({ oneOf: POLICY_SPAN.oneOf, description });

export class RectificationSpansView {
  @span()
  general: PolicySpan;

  @span()
  major: PolicySpan;
}

export class InterimMeasuresPolicyView {
  @ApiProperty()
  requiredForMajor: boolean;

  @ApiProperty({ type: 'integer' })
  requiredWhenDeadlineLongerThanCalendarDays: number;

  @span()
  recordWithin: PolicySpan;

  @ApiProperty({ type: 'integer' })
  patrolEveryCalendarDays: number;
}

export class EscalationLadderPolicyView {
  @ApiProperty({ type: 'integer' })
  reminderHoursBeforeDeadline: number;

  @ApiProperty({ type: 'integer' })
  maxExtensions: number;

  @ApiProperty({ type: 'integer' })
  interviewAfterOverdueCalendarDays: number;

  @span()
  interviewHeldWithin: PolicySpan;

  @span()
  criticismAndReferralWithin: PolicySpan;

  @ApiPropertyOptional({
    oneOf: POLICY_SPAN.oneOf,
    description: 'rules v2: a missed step goes up after',
  })
  lapseEscalationAfter?: PolicySpan;

  @ApiPropertyOptional({ type: 'integer', description: 'rules v2: 持续督办 cadence' })
  followUpEveryCalendarDays?: number;
}

/** The versioned policy a case copied when it started: its deadlines, cadences and ladder. */
export class CasePolicyView implements CasePolicy {
  @ApiProperty({ example: 'taibai-2023-winter-spring.v1' })
  version: string;

  @ApiProperty({ type: RectificationSpansView, description: '整改期限 by severity' })
  rectification: RectificationSpansView;

  @ApiPropertyOptional({
    oneOf: POLICY_SPAN.oneOf,
    description: 'rules v2: 下达整改通知书 within this span',
  })
  noticeWithin?: PolicySpan;

  @span('送达: serve the notice within this span of its issue')
  serviceWithin: PolicySpan;

  @ApiProperty({ type: InterimMeasuresPolicyView })
  interimMeasures: InterimMeasuresPolicyView;

  @span('复查: re-inspect within this span')
  reinspectionWithin: PolicySpan;

  @ApiProperty({ type: EscalationLadderPolicyView })
  ladder: EscalationLadderPolicyView;
}
