// Photos for the demo cases and the console's browser tests, drawn here rather than shipped:
// a small PNG (a wall, a floor and an orange block standing for the hazard) whose eXIf chunk
// carries DateTimeOriginal and a GPS position, so the console's EXIF display has something true
// to show. Each picture is unique (its seed tints it), so evidence deduplication keeps them apart.
import { crc32, deflateSync } from 'node:zlib';

export interface DemoPhotoSpec {
  /** Beijing wall-clock time as EXIF writes it: 'YYYY:MM:DD HH:mm:ss'. */
  readonly takenAt: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Varies the picture; any integer. */
  readonly seed: number;
}

const WIDTH = 160;
const HEIGHT = 120;

export function demoPhoto(spec: DemoPhotoSpec): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.concat([u32(WIDTH), u32(HEIGHT), Buffer.from([8, 2, 0, 0, 0])])),
    chunk('eXIf', exifTiff(spec)),
    chunk('IDAT', deflateSync(pixels(spec.seed))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function pixels(seed: number): Buffer {
  const rows: Buffer[] = [];
  const tint = (seed * 37) % 60;
  const blockLeft = 30 + ((seed * 17) % 70);
  for (let y = 0; y < HEIGHT; y += 1) {
    const row = Buffer.alloc(1 + WIDTH * 3); // filter byte 0, then RGB
    for (let x = 0; x < WIDTH; x += 1) {
      const wall = y < 75;
      let rgb = wall ? [200 - tint, 196 - tint / 2, 186] : [120, 110 - tint / 3, 96];
      if (x >= blockLeft && x < blockLeft + 40 && y >= 40 && y < 100) rgb = [232, 110 + tint, 30];
      row.set(rgb.map(Math.round), 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32(data.length), typed, u32(crc32(typed))]);
}

interface Entry {
  readonly tag: number;
  /** 2 ASCII, 4 LONG, 5 RATIONAL */
  readonly type: 2 | 4 | 5;
  readonly count: number;
  readonly value: Buffer;
}

/** Big-endian TIFF: IFD0 pointing at the Exif IFD (DateTimeOriginal) and the GPS IFD. */
function exifTiff(spec: DemoPhotoSpec): Buffer {
  const exif: Entry[] = [ascii(0x9003, spec.takenAt), ascii(0x9011, '+08:00')];
  const gps: Entry[] = [
    ascii(0x0001, spec.latitude >= 0 ? 'N' : 'S'),
    degrees(0x0002, Math.abs(spec.latitude)),
    ascii(0x0003, spec.longitude >= 0 ? 'E' : 'W'),
    degrees(0x0004, Math.abs(spec.longitude)),
  ];
  const exifOffset =
    8 +
    size([
      { tag: 0, type: 4, count: 1, value: u32(0) },
      { tag: 0, type: 4, count: 1, value: u32(0) },
    ]);
  const gpsOffset = exifOffset + size(exif);
  const pointer = (tag: number, offset: number): Entry => ({
    tag,
    type: 4,
    count: 1,
    value: u32(offset),
  });
  return Buffer.concat([
    Buffer.from('MM\0*', 'latin1'),
    u32(8),
    ifd([pointer(0x8769, exifOffset), pointer(0x8825, gpsOffset)], 8),
    ifd(exif, exifOffset),
    ifd(gps, gpsOffset),
  ]);
}

function ascii(tag: number, text: string): Entry {
  return { tag, type: 2, count: text.length + 1, value: Buffer.from(`${text}\0`, 'latin1') };
}

function degrees(tag: number, value: number): Entry {
  const d = Math.floor(value);
  const m = Math.floor((value - d) * 60);
  const s = ((value - d) * 60 - m) * 60;
  const rational = (n: number) => Buffer.concat([u32(Math.round(n * 10000)), u32(10000)]);
  return { tag, type: 5, count: 3, value: Buffer.concat([rational(d), rational(m), rational(s)]) };
}

function size(entries: readonly Entry[]): number {
  const outOfLine = entries
    .filter((e) => e.value.length > 4)
    .reduce((sum, e) => sum + e.value.length, 0);
  return 2 + 12 * entries.length + 4 + outOfLine;
}

function ifd(entries: readonly Entry[], offset: number): Buffer {
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

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value >>> 0);
  return buffer;
}
