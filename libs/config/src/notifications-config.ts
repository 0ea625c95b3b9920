import { ConfigError } from './config-error';
import type { EnvReader } from './env-reader';

/** How notifications leave the system. In-app is always on; e-mail and SMS only when configured. */
export interface NotificationsConfig {
  /** Set when SMTP_HOST is: e-mail over SMTP (nodemailer). */
  readonly email?: {
    readonly host: string;
    readonly port: number;
    /** implicit: TLS from the first byte (465); starttls: upgrade required; off: plain (tests). */
    readonly tls: 'implicit' | 'starttls' | 'off';
    readonly user?: string;
    readonly password?: string;
    /** The sender, e.g. "太白街道消防整治 <noreply@taibai.example>". */
    readonly from: string;
    readonly caPath?: string;
  };
  /** Set when SMS_PROVIDER is. */
  readonly sms?: {
    readonly provider: 'aliyun' | 'tencent';
    readonly accessKeyId: string;
    readonly accessKeySecret: string;
    /** 短信签名, without 【】. */
    readonly signName: string;
    /** host[:port] of the provider's API; the provider's public endpoint by default. */
    readonly endpoint: string;
    /** Tencent's SmsSdkAppId. */
    readonly appId?: string;
    readonly region: string;
    /** A CA (PEM file) to trust for the endpoint, for a private gateway or a test emulator. */
    readonly caPath?: string;
  };
  /**
   * SMS quiet hours (China time) when set by SMS_QUIET_HOURS ("22:00-08:00", or "off"); unset,
   * the notification policy's own.
   */
  readonly smsQuietHours?: { readonly start: string; readonly end: string } | 'off';
  /** How often an idle dispatcher looks for work. */
  readonly pollMs: number;
  /** How long a dispatcher owns a claimed delivery before another takes it over as in doubt. */
  readonly claimLeaseSeconds: number;
  /** Whether the worker creates or updates the daily digest (每日待办) Temporal Schedule. */
  readonly digestSchedule: boolean;
}

const SMS_ENDPOINTS = { aliyun: 'dysmsapi.aliyuncs.com', tencent: 'sms.tencentcloudapi.com' };

export function readNotifications(read: EnvReader): NotificationsConfig {
  return {
    email: readEmail(read),
    sms: readSms(read),
    smsQuietHours: readQuietHours(read.optionalString('SMS_QUIET_HOURS')),
    pollMs: read.positiveInt('NOTIFICATION_POLL_MS', 1000),
    claimLeaseSeconds: read.positiveInt('NOTIFICATION_CLAIM_LEASE_SECONDS', 60),
    digestSchedule: read.boolean('DIGEST_SCHEDULE', true),
  };
}

function readEmail(read: EnvReader): NotificationsConfig['email'] {
  const host = read.optionalString('SMTP_HOST');
  if (host === undefined) return undefined;
  const tls = read.oneOf('SMTP_TLS', ['implicit', 'starttls', 'off'] as const, 'starttls');
  const user = read.optionalString('SMTP_USER');
  const password = read.optionalString('SMTP_PASSWORD');
  if ((user === undefined) !== (password === undefined)) {
    throw new ConfigError(user ? 'SMTP_PASSWORD' : 'SMTP_USER', 'must be set together');
  }
  const from = read.string('SMTP_FROM');
  if (!/@[^@\s>]+>?$/.test(from)) {
    throw new ConfigError('SMTP_FROM', `must be an address like "名称 <a@b.cn>", got "${from}"`);
  }
  return {
    host,
    port: read.port('SMTP_PORT', tls === 'implicit' ? 465 : 587),
    tls,
    user,
    password,
    from,
    caPath: read.optionalString('SMTP_CA_PATH'),
  };
}

function readSms(read: EnvReader): NotificationsConfig['sms'] {
  if (read.optionalString('SMS_PROVIDER') === undefined) return undefined;
  const provider = read.oneOf('SMS_PROVIDER', ['aliyun', 'tencent'] as const, 'aliyun');
  const endpoint = read.string('SMS_ENDPOINT', SMS_ENDPOINTS[provider]);
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(endpoint)) {
    throw new ConfigError('SMS_ENDPOINT', `must be host or host:port, got "${endpoint}"`);
  }
  return {
    provider,
    accessKeyId: read.string('SMS_ACCESS_KEY_ID'),
    accessKeySecret: read.string('SMS_ACCESS_KEY_SECRET'),
    signName: read.string('SMS_SIGN_NAME'),
    endpoint,
    appId: provider === 'tencent' ? read.string('SMS_APP_ID') : undefined,
    region: read.string('SMS_REGION', provider === 'tencent' ? 'ap-guangzhou' : 'cn-hangzhou'),
    caPath: read.optionalString('SMS_CA_PATH'),
  };
}

function readQuietHours(raw: string | undefined): NotificationsConfig['smsQuietHours'] {
  if (raw === undefined) return undefined;
  if (raw === 'off') return 'off';
  const match = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(raw);
  if (!match) throw new ConfigError('SMS_QUIET_HOURS', `must be HH:MM-HH:MM or off, got "${raw}"`);
  return { start: `${match[1]}:${match[2]}`, end: `${match[3]}:${match[4]}` };
}
