// Photos for the demo cases and the console's browser tests, drawn here rather than shipped:
// a small PNG (a wall, a floor and an orange block standing for the hazard) whose eXIf chunk
// carries DateTimeOriginal and a GPS position, so the console's EXIF display has something true
// to show. Each picture is unique (its seed tints it), so evidence deduplication keeps them apart.
import { crc32, deflateSync } from 'node:zlib';
import { asciiEntry, dmsEntry, exifTiff, u32 } from './exif-tiff';

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
    chunk('eXIf', exif(spec)),
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

/** DateTimeOriginal in Beijing time, and the position in degrees, minutes and seconds. */
function exif(spec: DemoPhotoSpec): Buffer {
  return exifTiff(
    [asciiEntry(0x9003, spec.takenAt), asciiEntry(0x9011, '+08:00')],
    [
      asciiEntry(0x0001, spec.latitude >= 0 ? 'N' : 'S'),
      dmsEntry(0x0002, dms(Math.abs(spec.latitude)), 10_000),
      asciiEntry(0x0003, spec.longitude >= 0 ? 'E' : 'W'),
      dmsEntry(0x0004, dms(Math.abs(spec.longitude)), 10_000),
    ],
  );
}

function dms(value: number): [number, number, number] {
  const d = Math.floor(value);
  const m = Math.floor((value - d) * 60);
  return [d, m, ((value - d) * 60 - m) * 60];
}
