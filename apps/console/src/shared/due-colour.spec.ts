import { dueColour, WARNING_HOURS } from './due-colour';

const NOW = Date.parse('2024-03-01T02:00:00Z');
const hours = (h: number) => new Date(NOW + h * 3_600_000).toISOString();

describe('三色 (due colour)', () => {
  it('is red for an overdue case, whatever its next date', () => {
    expect(dueColour({ overdue: true, nextDueAt: hours(100) }, NOW)).toBe('red');
    expect(dueColour({ overdue: true, nextDueAt: null }, NOW)).toBe('red');
  });

  it('is yellow within the policy’s warning window (and for a step already late), green beyond', () => {
    expect(WARNING_HOURS).toBe(24);
    expect(dueColour({ overdue: false, nextDueAt: hours(23.9) }, NOW)).toBe('yellow');
    expect(dueColour({ overdue: false, nextDueAt: hours(-2) }, NOW)).toBe('yellow');
    expect(dueColour({ overdue: false, nextDueAt: hours(24) }, NOW)).toBe('green');
    expect(dueColour({ overdue: false, nextDueAt: hours(240) }, NOW)).toBe('green');
  });

  it('has no colour for a case with nothing due', () => {
    expect(dueColour({ overdue: false, nextDueAt: null }, NOW)).toBeUndefined();
  });
});
