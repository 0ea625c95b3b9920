import { exifInstant } from './evidence-exif';

describe(exifInstant.name, () => {
  it('reads the zone-less EXIF wall clock as China time', () => {
    expect(exifInstant('2024:03:01 10:20:30')).toBe('2024-03-01T02:20:30.000Z');
    expect(exifInstant('2024:01:01 07:59:59')).toBe('2023-12-31T23:59:59.000Z');
  });

  it('uses the offset the camera recorded, when it did', () => {
    expect(exifInstant('2024:03:01 10:20:30', '+09:00')).toBe('2024-03-01T01:20:30.000Z');
    expect(exifInstant('2024:03:01 10:20:30', '-05:00')).toBe('2024-03-01T15:20:30.000Z');
    expect(exifInstant('2024:03:01 10:20:30', 'garbage')).toBe('2024-03-01T02:20:30.000Z');
  });

  it.each([
    ['an unset camera clock', '0000:00:00 00:00:00'],
    ['an impossible day', '2024:02:30 10:00:00'],
    ['an impossible hour', '2024:02:01 24:00:00'],
    ['another format', '2024-03-01T10:20:30'],
    ['no value', undefined],
  ])('gives null for %s', (_, value) => {
    expect(exifInstant(value)).toBeNull();
  });
});
