import { setTimeout as sleep } from 'node:timers/promises';
import { SmsProviderEmulator, EMULATED_SECRET } from './sms-provider-emulator';
import { SmtpTestServer } from './smtp-test-server';

/** The outside ends of the notification channels for one test file: SMTP and the SMS API. */
export interface NotificationChannels {
  readonly smtp: SmtpTestServer;
  readonly sms: SmsProviderEmulator;
  /** The environment that points the worker's channels at them. */
  readonly env: Record<string, string>;
}

export async function startNotificationChannels(
  provider: 'aliyun' | 'tencent' = 'aliyun',
): Promise<NotificationChannels> {
  const smtp = await SmtpTestServer.start();
  const sms = await SmsProviderEmulator.start(provider);
  return {
    smtp,
    sms,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_TLS: 'off',
      SMTP_FROM: '太白街道消防整治 <notify@taibai.example>',
      SMS_PROVIDER: provider,
      SMS_ACCESS_KEY_ID: 'LTAI-test-key',
      SMS_ACCESS_KEY_SECRET: EMULATED_SECRET,
      SMS_SIGN_NAME: '太白街道',
      SMS_APP_ID: '1400000001',
      SMS_ENDPOINT: sms.endpoint,
      SMS_CA_PATH: sms.caPath,
      // Tests run at any hour: quiet hours have their own unit tests with fixed times.
      SMS_QUIET_HOURS: 'off',
      NOTIFICATION_POLL_MS: '200',
      DIGEST_SCHEDULE: 'false',
    },
  };
}

/** Polls until `probe` returns a value (not undefined/false), or fails naming what it waited for. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 90_000,
  explain?: () => Promise<unknown>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const detail = explain ? `: ${JSON.stringify(await explain(), null, 1)}` : '';
      throw new Error(`timed out waiting for ${what}${detail}`);
    }
    await sleep(250);
  }
}

let phoneCounter = 0;

/** A mainland mobile number no other test of this run uses. */
export function uniquePhone(): string {
  phoneCounter += 1;
  const digits = `${Date.now() % 1_000_000}${phoneCounter % 100}`.padStart(8, '0').slice(-8);
  return `139${digits}`;
}
