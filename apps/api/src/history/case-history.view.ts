import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIT_CHAIN_PROBLEMS,
  type AuditChainProblem,
  type AuditChainVerification,
  type AuditEventRecord,
} from '@firecase/persistence';
import { DeliveryRecordView } from '../notifications/delivery-record.view';
import type { CaseHistoryService } from './case-history.service';

/** One event of a case's audit trail, linked to its predecessor by hash. */
export class AuditEventView implements AuditEventRecord {
  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$' })
  caseNumber: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  seq: number;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ example: 'notice_issued' })
  eventType: string;

  @ApiProperty({ description: '`system` for what the system did by itself' })
  actorId: string;

  @ApiProperty()
  actorName: string;

  @ApiProperty({ example: 'officer' })
  actorRole: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'what the event carries, by type',
  })
  detail: unknown;

  @ApiProperty({ type: String, nullable: true, pattern: '^[0-9a-f]{64}$' })
  prevHash: string | null;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  hash: string;

  @ApiProperty({ format: 'date-time', description: 'when the database recorded it' })
  recordedAt: string;
}

/** Whether a case's stored hash chain holds, and if not, where it first breaks. */
export class ChainVerificationView implements AuditChainVerification {
  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$' })
  caseNumber: string;

  @ApiProperty()
  valid: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'how many events are stored' })
  events: number;

  @ApiPropertyOptional({ type: 'integer' })
  firstBrokenSeq?: number;

  @ApiPropertyOptional({
    enum: AUDIT_CHAIN_PROBLEMS,
    description: 'why the chain fails, as a code (absent when it holds)',
  })
  problem?: AuditChainProblem;

  @ApiPropertyOptional({ description: 'the same in English, with the numbers, for operators' })
  reason?: string;
}

export class WorkflowAgreementView {
  @ApiProperty({
    enum: ['record', 'workflow'],
    description:
      'whose timeline the trail was checked against: the running workflow’s, or the record’s',
  })
  source: 'record' | 'workflow';

  @ApiProperty({ type: 'integer', minimum: 0 })
  revision: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'events in the workflow’s timeline' })
  events: number;

  @ApiProperty({ description: 'every recorded event matches the workflow’s, none missing' })
  inSync: boolean;
}

/** What an auditor reads: the trail, whether its chain holds, and whether it agrees with the workflow. */
export class CaseHistoryView implements Awaited<ReturnType<CaseHistoryService['history']>> {
  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$' })
  caseNumber: string;

  @ApiProperty({ type: [AuditEventView] })
  events: AuditEventView[];

  @ApiProperty({ type: ChainVerificationView })
  chain: ChainVerificationView;

  @ApiProperty({ type: WorkflowAgreementView })
  workflow: WorkflowAgreementView;

  @ApiProperty({
    type: [DeliveryRecordView],
    description:
      'who was told what, when and by which channel (in-app, e-mail, SMS), with each status',
  })
  notifications: DeliveryRecordView[];
}
