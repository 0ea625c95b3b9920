import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { sms } from 'tencentcloud-sdk-nodejs-sms';
import type { NotificationsConfig } from '@firecase/config';
import {
  retryOnProviderCode,
  type SmsMessage,
  type SmsOutcome,
  type SmsProvider,
} from './sms-provider';

type SmsConfig = NonNullable<NotificationsConfig['sms']>;
const Client = sms.v20210111.Client;

/** Tencent Cloud SMS (API 2021-01-11) through its official SDK. */
export class TencentSmsProvider implements SmsProvider {
  readonly name = 'tencent' as const;
  private readonly client: InstanceType<typeof Client>;

  constructor(private readonly config: SmsConfig) {
    this.client = new Client({
      credential: { secretId: config.accessKeyId, secretKey: config.accessKeySecret },
      region: config.region,
      profile: {
        httpProfile: {
          endpoint: config.endpoint,
          reqTimeout: 20,
          agent: config.caPath
            ? new Agent({ ca: readFileSync(config.caPath, 'utf8'), keepAlive: true })
            : undefined,
        },
      },
    });
  }

  async send(message: SmsMessage): Promise<SmsOutcome> {
    try {
      const response = await this.client.SendSms({
        PhoneNumberSet: [`+86${message.phone}`],
        SmsSdkAppId: this.config.appId!,
        SignName: this.config.signName,
        TemplateId: message.templateCode.tencent,
        TemplateParamSet: [...message.positional],
        SessionContext: message.reference,
      });
      const status = response.SendStatusSet?.[0];
      if (status?.Code === 'Ok') return { ok: true, providerId: status.SerialNo };
      const code = status?.Code ?? 'NO_ANSWER';
      return {
        ok: false,
        retry: retryOnProviderCode(code),
        answer: `${code}: ${status?.Message ?? ''}`,
      };
    } catch (error) {
      const e = error as { code?: string; message?: string };
      const code = e.code ?? 'NETWORK';
      return {
        ok: false,
        retry: retryOnProviderCode(code),
        answer: `${code}: ${e.message ?? String(error)}`,
      };
    }
  }

  /** Delivery receipts for the phone since the first attempt, matching our SessionContext. */
  async findSent(message: SmsMessage): Promise<string | undefined> {
    const response = await this.client.PullSmsSendStatusByPhoneNumber({
      BeginTime: Math.floor(Date.parse(message.since) / 1000) - 60,
      Offset: 0,
      Limit: 100,
      PhoneNumber: `+86${message.phone}`,
      SmsSdkAppId: this.config.appId!,
    });
    const found = response.PullSmsSendStatusSet?.find(
      (status) => status.SessionContext === message.reference,
    );
    return found ? (found.SerialNo ?? 'found by SessionContext') : undefined;
  }
}
