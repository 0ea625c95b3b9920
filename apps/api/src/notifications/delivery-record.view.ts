import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, DELIVERY_STATUSES } from '@firecase/notifications';
import type { DeliveryRecord } from '@firecase/persistence';

const ID = { pattern: '^\\d{1,18}$', example: '1234' } as const;
const CASE_NUMBER = { type: String, nullable: true, pattern: '^TB-\\d{4}-\\d{6}$' } as const;

/** One delivery of a notification to one person on one channel. */
export class DeliveryRecordView implements DeliveryRecord {
  @ApiProperty(ID)
  id: string;

  @ApiProperty(ID)
  notificationId: string;

  @ApiProperty(CASE_NUMBER)
  caseNumber: string | null;

  @ApiProperty({ example: 'notice_served' })
  kind: string;

  @ApiProperty({ enum: CHANNELS })
  channel: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'null for a party' })
  recipientUserId: string | null;

  @ApiProperty({ example: '刘洋' })
  recipientName: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '13812345678',
    description: 'the phone or e-mail address; null in-app',
  })
  address: string | null;

  @ApiProperty()
  title: string;

  @ApiProperty()
  body: string;

  @ApiProperty({ enum: DELIVERY_STATUSES })
  status: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  attempts: number;

  @ApiProperty({ type: String, nullable: true, description: 'the provider’s last answer' })
  lastError: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the provider’s message id' })
  providerId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  sentAt: string | null;

  @ApiProperty({ format: 'date-time' })
  nextAttemptAt: string;
}
