import { calendarWarnings } from './calendar-warnings';

describe(calendarWarnings.name, () => {
  const through2026 = Array.from({ length: 23 }, (_, i) => 2004 + i);

  it('is quiet before November when this year is loaded', () => {
    expect(calendarWarnings(through2026, '2026-10-31')).toEqual([]);
  });

  it('warns from 1 November while next year is not loaded', () => {
    const [warning] = calendarWarnings(through2026, '2026-11-01');
    expect(warning).toContain('2027年法定节假日安排尚未录入');
    expect(calendarWarnings([...through2026, 2027], '2026-12-01')).toEqual([]);
  });

  it('warns when the current year itself is missing', () => {
    expect(calendarWarnings(through2026, '2027-03-01')[0]).toContain('2027年');
  });
});
