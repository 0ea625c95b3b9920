import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TEMPLATE_KINDS } from '@firecase/notifications';
import type { UndeliverableNotification } from '@firecase/persistence';
import { DeliveryRecordView } from '../delivery-record.view';
import type { NotificationsAdminService } from '../notifications-admin.service';

type Answer<K extends keyof NotificationsAdminService> = Awaited<
  ReturnType<NotificationsAdminService[K]>
>;

const ID = { pattern: '^\\d{1,18}$', example: '1234' } as const;
const CASE_NUMBER = { type: String, nullable: true, pattern: '^TB-\\d{4}-\\d{6}$' } as const;
const CLOCK = { pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', example: '22:00' } as const;

/** PUT /admin/departments/{code}/leader */
export class DepartmentLeaderView implements Answer<'setLeader'> {
  @ApiProperty({ example: 'planning_environment' })
  code: string;

  @ApiProperty({ format: 'uuid' })
  leaderUserId: string;

  @ApiProperty({ example: '刘洋' })
  leaderName: string;
}

/** A notification that found nobody to tell (e.g. a party without a mobile phone). */
export class UndeliverableNotificationView implements UndeliverableNotification {
  @ApiProperty(ID)
  id: string;

  @ApiProperty(CASE_NUMBER)
  caseNumber: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'party', description: 'whom it was for' })
  audience: string | null;

  @ApiProperty({ example: 'notice_served' })
  kind: string;

  @ApiProperty({ description: 'the workflow’s note for the log (English)' })
  message: string;

  @ApiProperty({ example: 'the responsible party has no mobile phone' })
  reason: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** GET /admin/notifications/deliveries/failed: newest first. */
export class FailedDeliveriesPageView implements Answer<'failed'> {
  @ApiProperty({ type: [DeliveryRecordView] })
  items: DeliveryRecordView[];

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^\\d{1,18}$',
    description: 'send as `cursor` for the next page; null on the last page',
  })
  nextCursor: string | null;
}

export class QuietHoursView {
  @ApiProperty(CLOCK)
  start: string;

  @ApiProperty({ ...CLOCK, example: '08:00' })
  end: string;
}

/** The text approved with the SMS provider, and its codes there. */
export class SmsTemplateView {
  @ApiProperty({ description: 'the approved text, {name} for each parameter, no signature' })
  text: string;

  @ApiProperty({ example: 'SMS_FC_NOTICE_SERVED', description: 'Aliyun template code' })
  aliyun: string;

  @ApiProperty({ example: '2000001', description: 'Tencent Cloud template id' })
  tencent: string;

  @ApiProperty({ type: [String], description: 'Tencent’s positional parameters, in order' })
  params: string[];
}

export class NotificationTemplateView {
  @ApiProperty({ enum: TEMPLATE_KINDS })
  kind: string;

  @ApiProperty({ example: '整改通知书已送达（{caseNumber}）' })
  title: string;

  @ApiProperty()
  text: string;

  @ApiPropertyOptional({ type: SmsTemplateView, description: 'kinds that may go by SMS' })
  sms?: SmsTemplateView;

  @ApiProperty({ description: 'sent at once, even in quiet hours' })
  urgent: boolean;

  @ApiProperty({ description: 'recipients cannot switch it off' })
  mandatory: boolean;
}

/** GET /admin/notifications/templates */
export class NotificationTemplatesView implements Answer<'templates'> {
  @ApiProperty({ example: '2026-11-notify-v1' })
  policyVersion: string;

  @ApiProperty({ type: QuietHoursView, description: 'SMS waits through them (China time)' })
  quietHours: QuietHoursView;

  @ApiProperty({ type: [NotificationTemplateView] })
  templates: NotificationTemplateView[];
}

/** A rendered SMS: what the phone shows, and what is sent to each provider. */
export class RenderedSmsView {
  @ApiProperty({ example: '【太白街道】您单位位于…' })
  text: string;

  @ApiProperty({ example: 'SMS_FC_NOTICE_SERVED' })
  aliyun: string;

  @ApiProperty({ example: '2000001' })
  tencent: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Aliyun’s named parameters',
  })
  params: Record<string, string>;

  @ApiProperty({ type: [String], description: 'Tencent’s positional parameters' })
  positional: string[];
}

/** POST /admin/notifications/templates/{kind}/preview */
export class TemplatePreviewView implements Answer<'preview'> {
  @ApiProperty({ enum: TEMPLATE_KINDS })
  kind: string;

  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$' })
  caseNumber: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  text: string;

  @ApiPropertyOptional({ type: RenderedSmsView })
  sms?: RenderedSmsView;
}
