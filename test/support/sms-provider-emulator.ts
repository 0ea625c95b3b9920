// THE ONE STAND-IN: no SMS provider can be reached from these machines, so tests run the
// provider's HTTPS API emulated here, on loopback, with a self-signed certificate. The real SDKs
// (@alicloud/dysmsapi20170525, tencentcloud-sdk-nodejs-sms) are pointed at it by their endpoint
// setting (SMS_ENDPOINT, SMS_CA_PATH) and send exactly what they would send to Aliyun or Tencent
// Cloud; every request is kept, field by field, for the tests to check.
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface EmulatedRequest {
  readonly provider: 'aliyun' | 'tencent';
  readonly action: string;
  readonly method: string;
  readonly headers: IncomingMessage['headers'];
  /** Aliyun: query and form fields merged; Tencent: the JSON body. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The request's signature recomputed with the test's secret (ACS3-HMAC-SHA256 / TC3-HMAC-SHA256). */
  readonly signatureValid: boolean;
}

/** The secret key the tests configure; the emulator checks each signature with it. */
export const EMULATED_SECRET = 'test-secret';

/** A message the emulated provider accepted (what a phone would receive). */
export interface AcceptedSms {
  readonly provider: 'aliyun' | 'tencent';
  readonly phone: string;
  readonly signName: string;
  readonly templateCode: string;
  readonly params: unknown;
  /** Aliyun OutId / Tencent SessionContext. */
  readonly reference: string;
  readonly providerId: string;
  readonly at: Date;
}

export class SmsProviderEmulator {
  readonly requests: EmulatedRequest[] = [];
  readonly accepted: AcceptedSms[] = [];
  private readonly scripted = new Map<string, string[]>();
  private holding?: {
    phones?: ReadonlySet<string>;
    held: () => void;
    release: Promise<void>;
    open: () => void;
  };
  private releaseHeld?: () => void;
  private counter = 0;

  private constructor(
    private readonly server: Server,
    readonly caPath: string,
  ) {}

  static async start(provider: 'aliyun' | 'tencent'): Promise<SmsProviderEmulator> {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    const dir = mkdtempSync(join(tmpdir(), 'sms-emulator-'));
    const caPath = join(dir, 'ca.pem');
    writeFileSync(caPath, pems.cert);
    const server = createServer({ key: pems.private, cert: pems.cert });
    const emulator = new SmsProviderEmulator(server, caPath);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      void emulator.handle(provider, req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return emulator;
  }

  /** host:port, as SMS_ENDPOINT takes it. */
  get endpoint(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next sends to this phone answer with these provider codes, one each. */
  answer(phone: string, ...codes: string[]): void {
    this.scripted.set(phone, [...(this.scripted.get(phone) ?? []), ...codes]);
  }

  /**
   * Accepts the next SendSms (the message counts as sent, as at a real provider) but withholds the
   * HTTP answer until `release()`. Resolves once such a request has arrived.
   */
  holdNextAnswer(toPhones?: readonly string[]): Promise<void> {
    let held!: () => void;
    let open!: () => void;
    const arrived = new Promise<void>((resolve) => (held = resolve));
    const release = new Promise<void>((resolve) => (open = resolve));
    this.holding = { phones: toPhones && new Set(toPhones), held, release, open };
    return arrived;
  }

  /** Lets a withheld answer go (to a sender that may be long dead). */
  release(): void {
    this.releaseHeld?.();
    this.releaseHeld = undefined;
    this.holding?.open();
    this.holding = undefined;
  }

  sendsTo(phone: string): EmulatedRequest[] {
    return this.requests.filter(
      (r) =>
        r.action === 'SendSms' &&
        (r.fields.PhoneNumbers === phone ||
          (r.fields.PhoneNumberSet as string[] | undefined)?.includes(`+86${phone}`)),
    );
  }

  async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(provider: 'aliyun' | 'tencent', req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const request = provider === 'aliyun' ? aliyunRequest(req, body) : tencentRequest(req, body);
    this.requests.push(request);
    const answer = provider === 'aliyun' ? this.answerAliyun(request) : this.answerTencent(request);
    const holding = this.holding;
    const phone = (
      (request.fields.PhoneNumbers as string | undefined) ??
      (request.fields.PhoneNumberSet as string[] | undefined)?.[0] ??
      ''
    ).replace(/^\+86/, '');
    if (
      request.action === 'SendSms' &&
      holding &&
      answer.accepted &&
      (!holding.phones || holding.phones.has(phone))
    ) {
      this.holding = undefined;
      this.releaseHeld = holding.open;
      holding.held();
      await holding.release;
    }
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  }

  private nextCode(phone: string): string | undefined {
    const codes = this.scripted.get(phone);
    return codes?.shift();
  }

  private answerAliyun(request: EmulatedRequest) {
    const f = request.fields as Record<string, string>;
    const RequestId = `req-${++this.counter}`;
    if (request.action === 'SendSms') {
      const code = this.nextCode(f.PhoneNumbers);
      if (code)
        return { accepted: false, body: { Code: code, Message: `emulated ${code}`, RequestId } };
      const providerId = `biz-${this.counter}`;
      this.accepted.push({
        provider: 'aliyun',
        phone: f.PhoneNumbers,
        signName: f.SignName,
        templateCode: f.TemplateCode,
        params: JSON.parse(f.TemplateParam ?? '{}'),
        reference: f.OutId,
        providerId,
        at: new Date(),
      });
      return { accepted: true, body: { Code: 'OK', Message: 'OK', BizId: providerId, RequestId } };
    }
    if (request.action === 'QuerySendDetails') {
      const day = f.SendDate;
      const details = this.accepted
        .filter((a) => a.provider === 'aliyun' && a.phone === f.PhoneNumber)
        .filter((a) => chinaDay(a.at) === day)
        .map((a) => ({
          PhoneNum: a.phone,
          SendStatus: 3,
          ErrCode: 'DELIVERED',
          TemplateCode: a.templateCode,
          Content: JSON.stringify(a.params),
          SendDate: a.at.toISOString(),
          ReceiveDate: a.at.toISOString(),
          OutId: a.reference,
        }));
      return {
        accepted: false,
        body: {
          Code: 'OK',
          Message: 'OK',
          RequestId,
          TotalCount: String(details.length),
          SmsSendDetailDTOs: { SmsSendDetailDTO: details },
        },
      };
    }
    return {
      accepted: false,
      body: { Code: 'InvalidAction.NotFound', Message: request.action, RequestId },
    };
  }

  private answerTencent(request: EmulatedRequest) {
    const f = request.fields as Record<string, unknown>;
    const RequestId = `req-${++this.counter}`;
    if (request.action === 'SendSms') {
      const phones = f.PhoneNumberSet as string[];
      const set = phones.map((number) => {
        const phone = number.replace(/^\+86/, '');
        const code = this.nextCode(phone);
        if (code)
          return {
            SerialNo: '',
            PhoneNumber: number,
            Fee: 0,
            SessionContext: f.SessionContext,
            Code: code,
            Message: `emulated ${code}`,
            IsoCode: 'CN',
          };
        const providerId = `serial-${++this.counter}`;
        this.accepted.push({
          provider: 'tencent',
          phone,
          signName: f.SignName as string,
          templateCode: f.TemplateId as string,
          params: f.TemplateParamSet,
          reference: f.SessionContext as string,
          providerId,
          at: new Date(),
        });
        return {
          SerialNo: providerId,
          PhoneNumber: number,
          Fee: 1,
          SessionContext: f.SessionContext,
          Code: 'Ok',
          Message: 'send success',
          IsoCode: 'CN',
        };
      });
      return {
        accepted: set.some((s) => s.Code === 'Ok'),
        body: { Response: { SendStatusSet: set, RequestId } },
      };
    }
    if (request.action === 'PullSmsSendStatusByPhoneNumber') {
      const phone = (f.PhoneNumber as string).replace(/^\+86/, '');
      const set = this.accepted
        .filter((a) => a.provider === 'tencent' && a.phone === phone)
        .map((a) => ({
          UserReceiveTime: Math.floor(a.at.getTime() / 1000),
          CountryCode: '86',
          SubscriberNumber: a.phone,
          PhoneNumber: `+86${a.phone}`,
          SerialNo: a.providerId,
          ReportStatus: 'SUCCESS',
          Description: 'DELIVRD',
          SessionContext: a.reference,
        }));
      return { accepted: false, body: { Response: { PullSmsSendStatusSet: set, RequestId } } };
    }
    return {
      accepted: false,
      body: { Response: { Error: { Code: 'InvalidAction', Message: request.action }, RequestId } },
    };
  }
}

function aliyunRequest(req: IncomingMessage, body: string): EmulatedRequest {
  const url = new URL(req.url ?? '/', 'https://emulator');
  const fields: Record<string, string> = Object.fromEntries(url.searchParams);
  if (body && String(req.headers['content-type']).includes('form-urlencoded')) {
    Object.assign(fields, Object.fromEntries(new URLSearchParams(body)));
  }
  const action = fields.Action ?? String(req.headers['x-acs-action'] ?? '');
  return {
    provider: 'aliyun',
    action,
    method: req.method ?? '',
    headers: req.headers,
    fields,
    signatureValid: acs3SignatureValid(req, url, body),
  };
}

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) =>
  createHmac('sha256', key).update(data, 'utf8').digest();

/** Aliyun's V3 signature: HMAC-SHA256 over the canonical request (method, path, query, headers). */
function acs3SignatureValid(req: IncomingMessage, url: URL, body: string): boolean {
  const auth =
    /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
      String(req.headers.authorization ?? ''),
    );
  if (!auth) return false;
  const encode = (v: string) =>
    encodeURIComponent(v).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  const query = [...url.searchParams]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join('&');
  const signed = auth[2].split(';');
  const headers = signed.map((h) => `${h}:${String(req.headers[h] ?? '').trim()}\n`).join('');
  const payloadHash = String(req.headers['x-acs-content-sha256'] ?? '');
  if (payloadHash !== sha256(body)) return false;
  const canonical = [req.method, url.pathname, query, headers, auth[2], payloadHash].join('\n');
  const expected = hmac(EMULATED_SECRET, `ACS3-HMAC-SHA256\n${sha256(canonical)}`).toString('hex');
  return expected === auth[3];
}

/** Tencent Cloud's TC3-HMAC-SHA256: a signing key derived from the date and service. */
function tc3SignatureValid(req: IncomingMessage, body: string): boolean {
  const auth =
    /^TC3-HMAC-SHA256 Credential=[^/]+\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      String(req.headers.authorization ?? ''),
    );
  if (!auth) return false;
  const [, date, service, signedHeaders, signature] = auth;
  // The host is signed without its port (the SDK signs the URL's hostname).
  const value = (h: string) =>
    h === 'host'
      ? String(req.headers.host).replace(/:\d+$/, '')
      : String(req.headers[h] ?? '').trim();
  const headers = signedHeaders
    .split(';')
    .map((h) => `${h}:${value(h)}\n`)
    .join('');
  const canonical = [req.method, '/', '', headers, signedHeaders, sha256(body)].join('\n');
  const scope = `${date}/${service}/tc3_request`;
  const toSign = `TC3-HMAC-SHA256\n${String(req.headers['x-tc-timestamp'])}\n${scope}\n${sha256(canonical)}`;
  const key = hmac(hmac(hmac(`TC3${EMULATED_SECRET}`, date), service), 'tc3_request');
  return hmac(key, toSign).toString('hex') === signature;
}

function tencentRequest(req: IncomingMessage, body: string): EmulatedRequest {
  return {
    provider: 'tencent',
    action: String(req.headers['x-tc-action'] ?? ''),
    method: req.method ?? '',
    headers: req.headers,
    fields: body ? (JSON.parse(body) as Record<string, unknown>) : {},
    signatureValid: tc3SignatureValid(req, body),
  };
}

function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
}
