import { validateYearEntry } from './year-validation';

const entry = (over: Partial<Parameters<typeof validateYearEntry>[0]> = {}) => ({
  year: 2027,
  document: '国办发明电〔2026〕示例号',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-02-06', name: '春节' },
  ],
  adjustedWorkingDays: [{ date: '2027-02-20', name: '春节' }], // a Saturday
  ...over,
});

describe(validateYearEntry.name, () => {
  it('accepts a well-formed year', () => {
    expect(validateYearEntry(entry())).toEqual([]);
  });

  it('names a day outside the year', () => {
    expect(validateYearEntry(entry({ holidays: [{ date: '2026-12-31', name: '元旦' }] }))).toEqual([
      { field: 'holidays[0]', date: '2026-12-31', reason: '2026-12-31 is outside the year 2027' },
    ]);
  });

  it('names a day listed twice, across both lists too', () => {
    const problems = validateYearEntry(
      entry({
        holidays: [
          { date: '2027-01-01', name: '元旦' },
          { date: '2027-01-01', name: '元旦' },
        ],
        adjustedWorkingDays: [{ date: '2027-01-01', name: '元旦' }],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['holidays[1]', 'adjustedWorkingDays[0]']);
    expect(problems[0].reason).toBe('2027-01-01 is listed twice (also holidays[0])');
  });

  it('names an adjusted working day that is not a weekend day', () => {
    const [problem] = validateYearEntry(
      entry({ adjustedWorkingDays: [{ date: '2027-02-22', name: '春节' }] }), // a Monday
    );
    expect(problem).toMatchObject({ field: 'adjustedWorkingDays[0]', date: '2027-02-22' });
    expect(problem.reason).toContain('not a Saturday or Sunday');
  });

  it('names a holiday that does not exist in the year', () => {
    const [problem] = validateYearEntry(
      entry({ holidays: [{ date: '2027-02-29', name: '春节' }] }),
    );
    expect(problem).toEqual({
      field: 'holidays[0]',
      date: '2027-02-29',
      reason: '2027-02-29 is not a date that exists',
    });
  });
});
