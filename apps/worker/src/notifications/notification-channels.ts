import type { AppConfig } from '@firecase/config';
import { type Channel, DEFAULT_NOTIFICATION_POLICY } from '@firecase/notifications';
import type { DeliveryChannel } from './channels/delivery-channel';
import { EmailChannel } from './channels/email.channel';
import { SmsChannel } from './channels/sms.channel';
import { AliyunSmsProvider } from './channels/sms/aliyun-sms.provider';
import { TencentSmsProvider } from './channels/sms/tencent-sms.provider';

/** The outside channels the configuration turns on; in-app needs none. */
export function outsideChannelsOf(config: AppConfig): Map<Channel, DeliveryChannel> {
  const channels = new Map<Channel, DeliveryChannel>();
  const { email, sms } = config.notifications;
  if (email) channels.set('email', new EmailChannel(email));
  if (sms) {
    channels.set(
      'sms',
      new SmsChannel(
        sms.provider === 'aliyun' ? new AliyunSmsProvider(sms) : new TencentSmsProvider(sms),
      ),
    );
  }
  return channels;
}

/** One line for the log at boot: which channels are on. */
export function channelsBanner(config: AppConfig): string {
  const { email, sms } = config.notifications;
  return [
    'notification channels: in-app on',
    email
      ? `e-mail on (SMTP ${email.host}:${email.port}, TLS ${email.tls})`
      : 'e-mail off (SMTP_HOST unset)',
    sms ? `SMS on (${sms.provider}, ${sms.endpoint})` : 'SMS off (SMS_PROVIDER unset)',
    `SMS quiet hours ${quietHoursText(config)}`,
  ].join(', ');
}

function quietHoursText(config: AppConfig): string {
  const configured = config.notifications.smsQuietHours;
  if (configured === 'off') return 'off';
  const { start, end } = configured ?? DEFAULT_NOTIFICATION_POLICY.quietHours;
  return `${start}–${end} China time`;
}
