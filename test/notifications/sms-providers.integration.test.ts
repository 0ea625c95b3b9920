// The SMS adapters through the providers' official SDKs, against the providers' HTTPS APIs
// EMULATED ON LOOPBACK (test/support/sms-provider-emulator.ts): the one stand-in this project
// allows, since no provider can be reached from here. Each request the SDK sends is checked
// field by field, and each provider code the adapters must map is answered once.
import { loadConfig } from '@firecase/config';
import { AliyunSmsProvider, type SmsMessage, TencentSmsProvider } from '@firecase/worker';
import { EMULATED_SECRET, SmsProviderEmulator } from '../support/sms-provider-emulator';

function message(phone: string, reference: string): SmsMessage {
  return {
    phone,
    templateCode: { aliyun: 'SMS_FC_NOTICE_SERVED', tencent: '2000001' },
    params: { address: '开元路12号', hazard: '电动自行车楼道停放', deadline: '2026-12-08 23:59' },
    positional: ['开元路12号', '电动自行车楼道停放', '2026-12-08 23:59'],
    reference,
    since: new Date(Date.now() - 60_000).toISOString(),
  };
}

function smsConfig(provider: 'aliyun' | 'tencent', emulator: SmsProviderEmulator) {
  return loadConfig({
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    SMS_PROVIDER: provider,
    SMS_ACCESS_KEY_ID: 'LTAI-test-key',
    SMS_ACCESS_KEY_SECRET: EMULATED_SECRET,
    SMS_SIGN_NAME: '太白街道',
    SMS_APP_ID: '1400000001',
    SMS_ENDPOINT: emulator.endpoint,
    SMS_CA_PATH: emulator.caPath,
  }).notifications.sms!;
}

describe(AliyunSmsProvider.name, () => {
  let emulator: SmsProviderEmulator;
  let provider: AliyunSmsProvider;
  beforeAll(async () => {
    emulator = await SmsProviderEmulator.start('aliyun');
    provider = new AliyunSmsProvider(smsConfig('aliyun', emulator));
  });
  afterAll(() => emulator.close());

  it('sends SendSms 2017-05-25, signed, with the template code and named parameters', async () => {
    const outcome = await provider.send(message('13812345678', 'fc101'));
    expect(outcome).toEqual({ ok: true, providerId: expect.stringMatching(/^biz-/) });
    const [request] = emulator.sendsTo('13812345678');
    expect(request.method).toBe('POST');
    expect(request.headers).toMatchObject({
      'x-acs-action': 'SendSms',
      'x-acs-version': '2017-05-25',
      'x-acs-signature-nonce': expect.stringMatching(/^[0-9a-f]+$/),
      'x-acs-date': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
    expect(request.headers.authorization).toMatch(
      /^ACS3-HMAC-SHA256 Credential=LTAI-test-key,SignedHeaders=.*x-acs-action.*,Signature=[0-9a-f]{64}$/,
    );
    expect(request.signatureValid).toBe(true);
    expect(request.fields).toEqual({
      PhoneNumbers: '13812345678',
      SignName: '太白街道',
      TemplateCode: 'SMS_FC_NOTICE_SERVED',
      TemplateParam: expect.any(String),
      OutId: 'fc101',
    });
    expect(JSON.parse(request.fields.TemplateParam as string)).toEqual({
      address: '开元路12号',
      hazard: '电动自行车楼道停放',
      deadline: '2026-12-08 23:59',
    });
  });

  it.each([
    ['isv.BUSINESS_LIMIT_CONTROL', true], // rate limit: later
    ['isv.MOBILE_NUMBER_ILLEGAL', false], // invalid number: never
    ['isv.SMS_TEMPLATE_ILLEGAL', false], // template not approved: never
    ['isv.AMOUNT_NOT_ENOUGH', true],
    ['isp.SYSTEM_ERROR', true],
  ])('maps %s to retry=%s, keeping the answer', async (code, retry) => {
    emulator.answer('13900000001', code);
    const outcome = await provider.send(message('13900000001', 'fc102'));
    expect(outcome).toEqual({ ok: false, retry, answer: expect.stringContaining(code) });
  });

  it('finds a message it took by our OutId (QuerySendDetails), and none it did not', async () => {
    await provider.send(message('13812340000', 'fc201'));
    await expect(provider.findSent(message('13812340000', 'fc201'))).resolves.toEqual(
      expect.any(String),
    );
    await expect(provider.findSent(message('13812340000', 'fc999'))).resolves.toBeUndefined();
    const query = emulator.requests.filter((r) => r.action === 'QuerySendDetails').at(-1)!;
    expect(query.headers['x-acs-version']).toBe('2017-05-25');
    expect(query.signatureValid).toBe(true);
    expect(query.fields).toMatchObject({
      PhoneNumber: '13812340000',
      SendDate: expect.stringMatching(/^\d{8}$/),
    });
  });
});

describe(TencentSmsProvider.name, () => {
  let emulator: SmsProviderEmulator;
  let provider: TencentSmsProvider;
  beforeAll(async () => {
    emulator = await SmsProviderEmulator.start('tencent');
    provider = new TencentSmsProvider(smsConfig('tencent', emulator));
  });
  afterAll(() => emulator.close());

  it('sends SendSms 2021-01-11, TC3-signed, with the template id and positional parameters', async () => {
    const outcome = await provider.send(message('13812345678', 'fc301'));
    expect(outcome).toEqual({ ok: true, providerId: expect.stringMatching(/^serial-/) });
    const [request] = emulator.sendsTo('13812345678');
    expect(request.method).toBe('POST');
    expect(request.headers).toMatchObject({
      'x-tc-action': 'SendSms',
      'x-tc-version': '2021-01-11',
      'x-tc-region': 'ap-guangzhou',
      'x-tc-timestamp': expect.stringMatching(/^\d+$/),
    });
    // The credential scope names the endpoint's first label as the service ("sms" on
    // sms.tencentcloudapi.com); the emulator is addressed by IP, so here it reads "127".
    expect(request.headers.authorization).toMatch(
      /^TC3-HMAC-SHA256 Credential=LTAI-test-key\/\d{4}-\d{2}-\d{2}\/127\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/,
    );
    expect(request.signatureValid).toBe(true);
    expect(request.fields).toEqual({
      PhoneNumberSet: ['+8613812345678'],
      SmsSdkAppId: '1400000001',
      SignName: '太白街道',
      TemplateId: '2000001',
      TemplateParamSet: ['开元路12号', '电动自行车楼道停放', '2026-12-08 23:59'],
      SessionContext: 'fc301',
    });
  });

  it.each([
    ['LimitExceeded.PhoneNumberThirtySecondLimit', true],
    ['InvalidParameterValue.IncorrectPhoneNumber', false],
    ['FailedOperation.TemplateIncorrectOrUnapproved', false],
    ['FailedOperation.InsufficientBalanceInSmsPackage', true],
  ])('maps %s to retry=%s, keeping the answer', async (code, retry) => {
    emulator.answer('13900000002', code);
    const outcome = await provider.send(message('13900000002', 'fc302'));
    expect(outcome).toEqual({ ok: false, retry, answer: expect.stringContaining(code) });
  });

  it('finds a message it took by our SessionContext (PullSmsSendStatusByPhoneNumber)', async () => {
    await provider.send(message('13812340001', 'fc401'));
    await expect(provider.findSent(message('13812340001', 'fc401'))).resolves.toEqual(
      expect.stringMatching(/^serial-/),
    );
    await expect(provider.findSent(message('13812340001', 'fc402'))).resolves.toBeUndefined();
  });
});
