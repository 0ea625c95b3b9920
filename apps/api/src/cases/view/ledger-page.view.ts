import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CAMPAIGN_CATEGORY_CODES,
  CASE_STATUSES,
  DEPARTMENT_CODES,
  SEVERITIES,
} from '@firecase/domain';
import type { LedgerRow } from '@firecase/persistence';

const nullableInstant = (description?: string) =>
  ApiProperty({ type: String, format: 'date-time', nullable: true, description });

/** One line of the hazard ledger (隐患台账), from the read model the workflows keep. */
export class LedgerRowView implements LedgerRow {
  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$', example: 'TB-2026-000001' })
  caseNumber: string;

  @ApiProperty({ enum: CASE_STATUSES })
  status: string;

  @ApiProperty({ enum: CAMPAIGN_CATEGORY_CODES })
  category: string;

  @ApiProperty({ example: 'electric_bike.charged_from_ad_hoc_wiring' })
  hazardType: string;

  @ApiProperty({ enum: SEVERITIES })
  severity: string;

  @ApiProperty({ enum: DEPARTMENT_CODES })
  department: string;

  @ApiProperty()
  community: string;

  @ApiProperty({ type: String, nullable: true })
  grid: string | null;

  @ApiProperty()
  address: string;

  @ApiProperty({ description: 'the responsible party’s name' })
  responsibleParty: string;

  @ApiProperty({ example: 'taibai-2023-winter-spring.v1' })
  policyVersion: string;

  @ApiProperty({ format: 'date-time' })
  discoveredAt: string;

  @nullableInstant('the rectification deadline in force')
  deadlineAt: string | null;

  @nullableInstant('the earliest date anyone owes something on the case')
  nextDueAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'rectify' })
  nextDueKind: string | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  escalationLevel: number;

  @ApiProperty()
  overdue: boolean;

  @nullableInstant()
  closedAt: string | null;

  @ApiProperty({
    type: [Number],
    description: 'years whose statutory calendar a live deadline was counted without (provisional)',
  })
  provisionalYears: number[];
}

/** A page of the ledger, sorted by next due date. */
export class LedgerPageView {
  @ApiProperty({ type: [LedgerRowView] })
  items: LedgerRowView[];

  @ApiPropertyOptional({ description: 'pass as `cursor` for the next page; absent on the last' })
  nextCursor?: string;
}
