import { sniffMediaType } from './evidence-media-type';

describe(sniffMediaType.name, () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(
      parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
    );

  it.each([
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['image/png', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13])],
    ['image/webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['application/pdf', bytes('%PDF-1.7\n')],
  ])('knows %s by its first bytes', (mediaType, content) => {
    expect(sniffMediaType(content)).toBe(mediaType);
  });

  it.each([
    ['text', bytes('hello, this is not a photo')],
    ['a RIFF that is not WebP (a WAV)', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['a truncated JPEG signature', bytes([0xff, 0xd8])],
    ['HTML', bytes('<html><script>alert(1)</script>')],
    ['nothing', bytes()],
  ])('refuses %s', (_, content) => {
    expect(sniffMediaType(content)).toBeUndefined();
  });
});
