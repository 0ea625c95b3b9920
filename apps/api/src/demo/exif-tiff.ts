// The TIFF structure inside a photo's EXIF (a PNG eXIf chunk, a JPEG APP1 segment), written byte
// by byte so that what it says is known exactly: the demo photos and the tests' evidence files.

export interface IfdEntry {
  readonly tag: number;
  /** 2 ASCII, 4 LONG, 5 RATIONAL */
  readonly type: 2 | 4 | 5;
  readonly count: number;
  readonly value: Buffer;
}

/**
 * Big-endian TIFF: IFD0 pointing at the Exif IFD and, when there are GPS entries, the GPS IFD.
 */
export function exifTiff(exif: readonly IfdEntry[], gps: readonly IfdEntry[]): Buffer {
  const pointer = (tag: number, offset: number): IfdEntry => ({
    tag,
    type: 4,
    count: 1,
    value: u32(offset),
  });
  const exifOffset = 8 + ifdSize(gps.length > 0 ? 2 : 1, []);
  const gpsOffset = exifOffset + ifdSize(exif.length, exif);
  const ifd0 = [pointer(0x8769, exifOffset)];
  if (gps.length > 0) ifd0.push(pointer(0x8825, gpsOffset));
  return Buffer.concat([
    Buffer.from('MM\0*', 'latin1'),
    u32(8),
    ifd(ifd0, 8),
    ifd(exif, exifOffset),
    ...(gps.length > 0 ? [ifd(gps, gpsOffset)] : []),
  ]);
}

export function asciiEntry(tag: number, text: string): IfdEntry {
  return { tag, type: 2, count: text.length + 1, value: Buffer.from(`${text}\0`, 'latin1') };
}

/** Degrees, minutes and seconds as three RATIONALs over `denominator`. */
export function dmsEntry(
  tag: number,
  [d, m, s]: readonly [number, number, number],
  denominator: number,
): IfdEntry {
  const rational = (n: number) =>
    Buffer.concat([u32(Math.round(n * denominator)), u32(denominator)]);
  return { tag, type: 5, count: 3, value: Buffer.concat([rational(d), rational(m), rational(s)]) };
}

function ifdSize(entryCount: number, entries: readonly IfdEntry[]): number {
  const outOfLine = entries
    .filter((e) => e.value.length > 4)
    .reduce((sum, e) => sum + e.value.length, 0);
  return 2 + 12 * entryCount + 4 + outOfLine;
}

/** One IFD at `offset`, followed by the values that do not fit in their entries. */
function ifd(entries: readonly IfdEntry[], offset: number): Buffer {
  let dataOffset = offset + 2 + 12 * entries.length + 4;
  const data: Buffer[] = [];
  const rows = entries.map((entry) => {
    let value: Buffer = Buffer.concat([entry.value, Buffer.alloc(4)]).subarray(0, 4);
    if (entry.value.length > 4) {
      value = u32(dataOffset);
      data.push(entry.value);
      dataOffset += entry.value.length;
    }
    return Buffer.concat([u16(entry.tag), u16(entry.type), u32(entry.count), value]);
  });
  return Buffer.concat([u16(entries.length), ...rows, u32(0), ...data]);
}

export function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}

export function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value >>> 0);
  return buffer;
}
