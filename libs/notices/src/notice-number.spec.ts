import { formatNoticeNo, noticeYearOf } from './notice-number';

describe(formatNoticeNo.name, () => {
  it('pads the number to four digits inside the year brackets', () => {
    expect(formatNoticeNo(2024, 1)).toBe('太白消整〔2024〕第0001号');
    expect(formatNoticeNo(2031, 12345)).toBe('太白消整〔2031〕第12345号');
  });

  it('refuses a number below 1', () => {
    expect(() => formatNoticeNo(2024, 0)).toThrow(RangeError);
  });
});

describe(noticeYearOf.name, () => {
  it('takes the year in China, where New Year comes eight hours before UTC', () => {
    expect(noticeYearOf('2024-12-31T16:00:00Z')).toBe(2025);
    expect(noticeYearOf('2024-12-31T15:59:59Z')).toBe(2024);
  });
});
