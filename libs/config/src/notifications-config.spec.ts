import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const minimal = { DATABASE_URL: 'postgres://app:secret@db.internal:5432/firecase' };

describe('notifications configuration', () => {
  it('turns e-mail and SMS off when nothing is configured', () => {
    const { notifications } = loadConfig(minimal);
    expect(notifications.email).toBeUndefined();
    expect(notifications.sms).toBeUndefined();
    expect(notifications.digestSchedule).toBe(true);
  });

  it('reads SMTP: host, port, TLS, user, password and sender', () => {
    const { email } = loadConfig({
      ...minimal,
      SMTP_HOST: 'smtp.taibai.example',
      SMTP_TLS: 'implicit',
      SMTP_USER: 'notify',
      SMTP_PASSWORD: 'pw',
      SMTP_FROM: '太白街道 <notify@taibai.example>',
    }).notifications;
    expect(email).toEqual({
      host: 'smtp.taibai.example',
      port: 465,
      tls: 'implicit',
      user: 'notify',
      password: 'pw',
      from: '太白街道 <notify@taibai.example>',
      caPath: undefined,
    });
  });

  it('reads an Aliyun SMS provider with its public endpoint by default', () => {
    const { sms } = loadConfig({
      ...minimal,
      SMS_PROVIDER: 'aliyun',
      SMS_ACCESS_KEY_ID: 'id',
      SMS_ACCESS_KEY_SECRET: 'secret',
      SMS_SIGN_NAME: '太白街道',
    }).notifications;
    expect(sms).toMatchObject({ provider: 'aliyun', endpoint: 'dysmsapi.aliyuncs.com' });
  });

  it('reads SMS quiet hours as a range, or off', () => {
    expect(
      loadConfig({ ...minimal, SMS_QUIET_HOURS: '21:30-07:45' }).notifications.smsQuietHours,
    ).toEqual({
      start: '21:30',
      end: '07:45',
    });
    expect(loadConfig({ ...minimal, SMS_QUIET_HOURS: 'off' }).notifications.smsQuietHours).toBe(
      'off',
    );
    expect(loadConfig(minimal).notifications.smsQuietHours).toBeUndefined();
  });

  it.each([
    [{ SMTP_HOST: 'smtp.example' }, 'SMTP_FROM'],
    [{ SMTP_HOST: 'smtp.example', SMTP_FROM: 'nobody' }, 'SMTP_FROM'],
    [{ SMTP_HOST: 'smtp.example', SMTP_FROM: 'a@b.cn', SMTP_USER: 'u' }, 'SMTP_PASSWORD'],
    [{ SMTP_HOST: 'smtp.example', SMTP_FROM: 'a@b.cn', SMTP_TLS: 'maybe' }, 'SMTP_TLS'],
    [{ SMS_PROVIDER: 'huawei' }, 'SMS_PROVIDER'],
    [{ SMS_PROVIDER: 'aliyun' }, 'SMS_ACCESS_KEY_ID'],
    [
      {
        SMS_PROVIDER: 'tencent',
        SMS_ACCESS_KEY_ID: 'i',
        SMS_ACCESS_KEY_SECRET: 's',
        SMS_SIGN_NAME: '太白街道',
      },
      'SMS_APP_ID',
    ],
    [
      {
        SMS_PROVIDER: 'aliyun',
        SMS_ACCESS_KEY_ID: 'i',
        SMS_ACCESS_KEY_SECRET: 's',
        SMS_SIGN_NAME: 'x',
        SMS_ENDPOINT: 'https://x/y',
      },
      'SMS_ENDPOINT',
    ],
    [{ NOTIFICATION_POLL_MS: '0' }, 'NOTIFICATION_POLL_MS'],
    [{ SMS_QUIET_HOURS: '22-8' }, 'SMS_QUIET_HOURS'],
  ])('rejects %p naming %s', (override, variable) => {
    const attempt = () => loadConfig({ ...minimal, ...override });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
