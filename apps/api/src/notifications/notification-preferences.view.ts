import { ApiProperty } from '@nestjs/swagger';
import { TEMPLATE_KINDS } from '@firecase/notifications';
import type { NotificationPreference } from '@firecase/persistence';
import type { NotificationPreferencesService } from './notification-preferences.service';

export class NotificationPreferenceView implements NotificationPreference {
  @ApiProperty({ enum: TEMPLATE_KINDS })
  kind: string;

  @ApiProperty({ enum: ['email', 'sms'] })
  channel: 'email' | 'sms';

  @ApiProperty()
  enabled: boolean;
}

/** My switches; a kind and channel without one is on. */
export class NotificationPreferencesView implements Awaited<
  ReturnType<NotificationPreferencesService['of']>
> {
  @ApiProperty({
    enum: TEMPLATE_KINDS,
    isArray: true,
    example: ['notice_served', 'case_overdue'],
    description: 'kinds that cannot be switched off',
  })
  mandatoryKinds: string[];

  @ApiProperty({ type: [NotificationPreferenceView], description: 'by kind, then channel' })
  preferences: NotificationPreferenceView[];
}
