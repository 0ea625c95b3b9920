import { chinaWallClock, formatChinaDateTime, instantOfChinaWallClock } from './china-time-format';

describe('China time formatting', () => {
  it('writes an instant as Beijing wall-clock time, YYYY-MM-DD HH:mm', () => {
    expect(formatChinaDateTime('2024-02-08T02:00:00Z')).toBe('2024-02-08 10:00');
    // 17:30 UTC on the 8th is already the 9th in Beijing.
    expect(formatChinaDateTime('2024-02-08T17:30:59.999Z')).toBe('2024-02-09 01:30');
    expect(formatChinaDateTime('2024-02-08T10:00:00+08:00')).toBe('2024-02-08 10:00');
  });

  it('converts to and from the wall clock a spreadsheet cell holds', () => {
    const wall = chinaWallClock('2023-12-01T02:00:00Z');
    expect(wall.toISOString()).toBe('2023-12-01T10:00:00.000Z');
    expect(instantOfChinaWallClock(wall).toISOString()).toBe('2023-12-01T02:00:00.000Z');
  });
});
