import {
  DEFAULT_NOTIFICATION_POLICY as policy,
  backoffSeconds,
  withQuietHours,
} from './notification-policy';
import { smsNotBefore } from './quiet-hours';

describe('smsNotBefore', () => {
  const at = (iso: string) => new Date(iso);

  it('sends at once during the day (China time)', () => {
    expect(smsNotBefore(policy, 'notice_served', at('2026-12-01T10:00:00+08:00'))).toEqual(
      at('2026-12-01T10:00:00+08:00'),
    );
  });

  it('holds a non-urgent SMS from 22:00 until 08:00 the next morning', () => {
    expect(smsNotBefore(policy, 'notice_served', at('2026-12-01T22:00:00+08:00'))).toEqual(
      at('2026-12-02T08:00:00+08:00'),
    );
    expect(smsNotBefore(policy, 'notice_served', at('2026-12-01T23:59:30+08:00'))).toEqual(
      at('2026-12-02T08:00:00+08:00'),
    );
  });

  it('holds one raised after midnight until 08:00 the same morning', () => {
    expect(smsNotBefore(policy, 'deadline_reminder', at('2026-12-02T03:17:00+08:00'))).toEqual(
      at('2026-12-02T08:00:00+08:00'),
    );
  });

  it('lets 08:00 itself through', () => {
    expect(smsNotBefore(policy, 'notice_served', at('2026-12-02T08:00:00+08:00'))).toEqual(
      at('2026-12-02T08:00:00+08:00'),
    );
  });

  it('sends urgent kinds at once, even at night', () => {
    expect(smsNotBefore(policy, 'interview_scheduled', at('2026-12-01T23:00:00+08:00'))).toEqual(
      at('2026-12-01T23:00:00+08:00'),
    );
  });

  it('reads quiet hours that do not cross midnight too', () => {
    const lunch = { ...policy, quietHours: { start: '12:00', end: '14:00' } };
    expect(smsNotBefore(lunch, 'notice_served', at('2026-12-01T13:00:00+08:00'))).toEqual(
      at('2026-12-01T14:00:00+08:00'),
    );
  });
});

describe('backoffSeconds', () => {
  it('grows by the factor up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffSeconds(policy, n))).toEqual([
      30, 120, 480, 1920, 3600,
    ]);
  });
});

describe('quiet hours switched off by configuration', () => {
  it('lets every SMS go at once', () => {
    const off = withQuietHours(policy, 'off');
    const night = new Date('2026-12-01T23:00:00+08:00');
    expect(smsNotBefore(off, 'notice_served', night)).toEqual(night);
  });
});
