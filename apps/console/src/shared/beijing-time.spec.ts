import { beijingDate, beijingInstant, beijingNow, beijingTime } from './beijing-time';

describe('Beijing time', () => {
  it('writes instants as YYYY-MM-DD HH:mm in UTC+8, whatever the zone they came in', () => {
    expect(beijingTime('2024-02-09T16:30:00Z')).toBe('2024-02-10 00:30');
    expect(beijingTime('2024-02-10T00:30:00+08:00')).toBe('2024-02-10 00:30');
    expect(beijingDate('2024-02-09T16:30:00Z')).toBe('2024-02-10');
  });

  it('says — for no time and for a time it cannot read', () => {
    expect(beijingTime(undefined)).toBe('—');
    expect(beijingTime(null)).toBe('—');
    expect(beijingTime('not a time')).toBe('—');
  });

  it('turns a Beijing wall-clock time into the instant the API takes', () => {
    expect(beijingInstant('2024-02-10 08:05')).toBe('2024-02-10T08:05:00+08:00');
    expect(Date.parse(beijingInstant('2024-02-10 08:05'))).toBe(Date.parse('2024-02-10T00:05:00Z'));
    expect(beijingNow(Date.parse('2024-02-09T16:30:00Z'))).toBe('2024-02-10T00:30:00+08:00');
  });
});
