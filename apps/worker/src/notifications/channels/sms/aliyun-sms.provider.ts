import { readFileSync } from 'node:fs';
import Dysmsapi, { QuerySendDetailsRequest, SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { NotificationsConfig } from '@firecase/config';
import {
  retryOnProviderCode,
  type SmsMessage,
  type SmsOutcome,
  type SmsProvider,
} from './sms-provider';

type SmsConfig = NonNullable<NotificationsConfig['sms']>;

/** Aliyun SMS (dysmsapi 2017-05-25) through its official SDK. */
export class AliyunSmsProvider implements SmsProvider {
  readonly name = 'aliyun' as const;
  private readonly client: Dysmsapi;

  constructor(private readonly config: SmsConfig) {
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: config.accessKeyId,
        accessKeySecret: config.accessKeySecret,
        endpoint: config.endpoint,
        regionId: config.region,
        protocol: 'https',
        ca: config.caPath ? readFileSync(config.caPath, 'utf8') : undefined,
        connectTimeout: 5_000,
        readTimeout: 20_000,
      }),
    );
  }

  async send(message: SmsMessage): Promise<SmsOutcome> {
    try {
      const response = await this.client.sendSms(
        new SendSmsRequest({
          phoneNumbers: message.phone,
          signName: this.config.signName,
          templateCode: message.templateCode.aliyun,
          templateParam: JSON.stringify(message.params),
          outId: message.reference,
        }),
      );
      const body = response.body;
      if (body?.code === 'OK') return { ok: true, providerId: body.bizId };
      const code = body?.code ?? 'NO_ANSWER';
      return {
        ok: false,
        retry: retryOnProviderCode(code),
        answer: `${code}: ${body?.message ?? ''}`,
      };
    } catch (error) {
      return sdkFailure(error);
    }
  }

  /** QuerySendDetails for the phone on each day since the first attempt, matching our OutId. */
  async findSent(message: SmsMessage): Promise<string | undefined> {
    for (const day of chinaDaysSince(message.since)) {
      const response = await this.client.querySendDetails(
        new QuerySendDetailsRequest({
          phoneNumber: message.phone,
          sendDate: day,
          pageSize: 50,
          currentPage: 1,
        }),
      );
      if (response.body?.code !== 'OK') {
        throw new Error(`QuerySendDetails: ${response.body?.code}: ${response.body?.message}`);
      }
      const found = response.body.smsSendDetailDTOs?.smsSendDetailDTO?.find(
        (detail) => detail.outId === message.reference,
      );
      if (found) return found.receiveDate ?? found.sendDate ?? 'found by OutId';
    }
    return undefined;
  }
}

/** An SDK error: the provider's code when it sent one (HTTP 4xx/5xx with a body), else a fault. */
function sdkFailure(error: unknown): SmsOutcome {
  const e = error as { code?: string; message?: string; statusCode?: number };
  const code = e.code ?? 'NETWORK';
  return {
    ok: false,
    retry: retryOnProviderCode(code),
    answer: `${code}: ${e.message ?? String(error)}`,
  };
}

/** yyyyMMdd China dates from `sinceIso` to today, as QuerySendDetails takes them. */
function chinaDaysSince(sinceIso: string): string[] {
  const day = 86_400_000;
  const china = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const days: string[] = [];
  for (let ms = Date.parse(sinceIso); china(ms) <= china(Date.now()); ms += day) {
    days.push(china(ms).replaceAll('-', ''));
    if (days.length > 7) break;
  }
  return days;
}
