import { chinaLocalDate } from './local-date';

describe(chinaLocalDate.name, () => {
  it.each([
    ['2024-02-08T15:59:59.999Z', '2024-02-08'],
    // 01:00 on 9 February in Beijing, still the 8th in UTC.
    ['2024-02-08T17:00:00Z', '2024-02-09'],
    ['2024-02-08T16:00:00.000Z', '2024-02-09'],
    ['2024-02-09T00:30:00+08:00', '2024-02-09'],
    ['2024-02-08T20:00:00-05:00', '2024-02-09'],
    ['2023-12-31T16:00:00Z', '2024-01-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
  ])('puts %s on %s in China', (instant, date) => {
    expect(chinaLocalDate(instant)).toBe(date);
  });

  it('accepts a Date', () => {
    expect(chinaLocalDate(new Date('2024-02-08T17:00:00Z'))).toBe('2024-02-09');
  });

  it.each(['2024-02-08T17:00:00', '2024-02-08', 'tomorrow', '2024-13-01T00:00:00Z'])(
    'rejects %p, which has no zone or is no instant',
    (instant) => {
      expect(() => chinaLocalDate(instant)).toThrow(RangeError);
    },
  );

  it('rejects an invalid Date', () => {
    expect(() => chinaLocalDate(new Date(NaN))).toThrow(RangeError);
  });
});
