import { addWorkingDays, isWorkingDay } from './working-days';

// 国务院办公厅 2024: 春节 2月10日至17日放假调休，共8天；2月4日（星期日）、2月18日（星期日）上班。
// 国庆节 10月1日至7日放假调休，共7天；9月29日（星期日）、10月12日（星期六）上班。
describe(isWorkingDay.name, () => {
  it.each([
    ['2024-02-04', 'Sunday worked for Spring Festival (调休上班)'],
    ['2024-02-09', "Friday, New Year's Eve: rest is only encouraged, not statutory"],
    ['2024-02-18', 'Sunday worked for Spring Festival'],
    ['2024-02-19', 'Monday after Spring Festival'],
    ['2024-09-29', 'Sunday worked for National Day'],
    ['2024-10-08', 'Tuesday after National Day'],
    ['2024-10-12', 'Saturday worked for National Day'],
    ['2024-03-08', 'plain Friday'],
    ['2024-03-11', 'plain Monday'],
  ])('%s is a working day: %s', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  it.each([
    '2024-02-10',
    '2024-02-11',
    '2024-02-12',
    '2024-02-13',
    '2024-02-14',
    '2024-02-15',
    '2024-02-16',
    '2024-02-17',
  ])('%s is off for Spring Festival', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    '2024-10-01',
    '2024-10-02',
    '2024-10-03',
    '2024-10-04',
    '2024-10-05',
    '2024-10-06',
    '2024-10-07',
  ])('%s is off for National Day', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2024-03-09', 'plain Saturday'],
    ['2024-03-10', 'plain Sunday'],
    ['2024-10-13', 'Sunday after the worked Saturday'],
    ['2024-09-28', 'Saturday before the worked Sunday'],
  ])('%s is off: %s', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each(['2024-2-4', '2024-02-30', '2024-02-04T00:00:00Z', ''])('rejects %p', (date) => {
    expect(() => isWorkingDay(date)).toThrow(RangeError);
  });
});

describe(addWorkingDays.name, () => {
  it.each([
    // Spring Festival 2024: Fri 9 Feb works, 10–17 off, Sun 18 works.
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-08', 2, '2024-02-18'],
    ['2024-02-08', 3, '2024-02-19'],
    ['2024-02-09', 1, '2024-02-18'],
    ['2024-02-12', 1, '2024-02-18'],
    ['2024-02-02', 1, '2024-02-04'],
    ['2024-02-02', 2, '2024-02-05'],
    // National Day 2024: Sun 29 Sep works, 1–7 Oct off, Sat 12 Oct works.
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-27', 2, '2024-09-30'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2024-09-30', 3, '2024-10-10'],
    ['2024-10-11', 1, '2024-10-12'],
    ['2024-10-11', 2, '2024-10-14'],
    // Plain weeks.
    ['2024-03-08', 1, '2024-03-11'],
    ['2024-03-09', 1, '2024-03-11'],
    ['2024-03-04', 5, '2024-03-11'],
    ['2024-03-04', 10, '2024-03-18'],
  ])('%s + %i working days = %s', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it('returns the start itself for 0 days, even on a holiday', () => {
    expect(addWorkingDays('2024-02-10', 0)).toBe('2024-02-10');
  });

  it.each([-1, 1.5, NaN])('rejects %p days', (days) => {
    expect(() => addWorkingDays('2024-03-04', days)).toThrow(RangeError);
  });
});
