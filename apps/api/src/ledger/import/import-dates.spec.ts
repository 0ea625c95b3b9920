import { parseChinaInstant } from './import-dates';

const iso = (cell: Parameters<typeof parseChinaInstant>[0]) => {
  const parsed = parseChinaInstant(cell);
  return parsed && ('iso' in parsed ? parsed.iso : `problem: ${parsed.problem}`);
};

describe(parseChinaInstant.name, () => {
  it('reads the ways an office writes a date, as Beijing time', () => {
    expect(iso('2023-12-01')).toBe('2023-12-01T00:00:00+08:00');
    expect(iso('2023/12/1 10:00')).toBe('2023-12-01T10:00:00+08:00');
    expect(iso('2023/12/1 9:05:30')).toBe('2023-12-01T09:05:30+08:00');
    expect(iso('2023.12.1')).toBe('2023-12-01T00:00:00+08:00');
    expect(iso('20231201')).toBe('2023-12-01T00:00:00+08:00');
    expect(iso('2023年12月1日')).toBe('2023-12-01T00:00:00+08:00');
    expect(iso('2023年12月1日 10时30分')).toBe('2023-12-01T10:30:00+08:00');
    expect(iso('2023年12月1日10:30')).toBe('2023-12-01T10:30:00+08:00');
    expect(iso('２０２３年１２月１日')).toBe('2023-12-01T00:00:00+08:00'); // full-width digits
  });

  it('keeps an ISO instant with its offset exactly as written (the codes format)', () => {
    expect(iso('2026-11-20T09:30:00+08:00')).toBe('2026-11-20T09:30:00+08:00');
    expect(iso('2026-11-20T01:30:00Z')).toBe('2026-11-20T01:30:00Z');
  });

  it('reads Excel dates: a date cell (wall-clock time in UTC fields) or a serial number', () => {
    expect(iso(new Date(Date.UTC(2023, 11, 1, 10, 0)))).toBe('2023-12-01T10:00:00+08:00');
    // Excel's fractions of a day come back a hair early: rounded to the second.
    expect(iso(new Date(Date.UTC(2023, 11, 1, 9, 59, 59, 999)))).toBe('2023-12-01T10:00:00+08:00');
    expect(iso(45261)).toBe('2023-12-01T00:00:00+08:00');
    expect(iso(45261.4166666667)).toBe('2023-12-01T10:00:00+08:00');
    expect(iso('45261.5')).toBe('2023-12-01T12:00:00+08:00');
  });

  it('leaves a blank cell blank and names what it cannot read', () => {
    expect(iso(null)).toBeUndefined();
    expect(iso('  ')).toBeUndefined();
    for (const bad of [
      '2023-13-01',
      '2023/2/30',
      '2023年12月',
      'yesterday',
      '2023',
      '2023-12-01 25:00',
    ]) {
      expect(iso(bad)).toMatch(
        new RegExp(`^problem: 「${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}」不是能识别的日期`),
      );
    }
    expect(iso(12)).toMatch(/^problem/);
    expect(iso('2026-11-20T09:30')).toMatch(/^problem/); // an ISO time without its offset
  });
});
