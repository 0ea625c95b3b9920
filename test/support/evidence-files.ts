// Evidence files built byte by byte, so that what their EXIF says is known exactly. Each carries a
// fresh nonce: the database is shared, and the same bytes uploaded elsewhere share their content.
import { randomBytes, randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type request from 'supertest';
import type { BearerHeaders } from './signed-in-user';

export interface PhotoExif {
  /** EXIF's own format, "YYYY:MM:DD hh:mm:ss", without a zone. */
  takenAt: string;
  latitude?: { ref: 'N' | 'S'; dms: [number, number, number] };
  longitude?: { ref: 'E' | 'W'; dms: [number, number, number] };
}

/**
 * A valid baseline JPEG of an 8×8 grey square: an APP1 Exif segment (DateTimeOriginal and, when
 * given, GPS), a comment with a nonce, and the smallest scan there is (one Huffman code each for
 * DC difference 0 and end-of-block).
 */
export function jpeg(exif: PhotoExif): Buffer {
  const segment = (marker: number, body: Buffer) =>
    Buffer.concat([Buffer.from([0xff, marker]), u16(body.length + 2), body]);
  const huffmanTable = (tableClass: number) =>
    segment(0xc4, Buffer.from([tableClass << 4, 1, ...new Array<number>(15).fill(0), 0x00]));
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff(exif)])),
    segment(0xfe, Buffer.from(`firecase test ${randomUUID()}`)),
    segment(0xdb, Buffer.from([0x00, ...new Array<number>(64).fill(1)])),
    segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0])),
    huffmanTable(0),
    huffmanTable(1),
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    Buffer.from([0x3f]), // DC "0", EOB "0", padded with ones
    Buffer.from([0xff, 0xd9]),
  ]);
}

interface IfdEntry {
  tag: number;
  /** 2 ASCII, 4 LONG, 5 RATIONAL */
  type: 2 | 4 | 5;
  count: number;
  value: Buffer;
}

/** A big-endian TIFF structure: IFD0 pointing at the Exif IFD and the GPS IFD. */
function exifTiff(exif: PhotoExif): Buffer {
  const exifEntries: IfdEntry[] = [ascii(0x9003, exif.takenAt)]; // DateTimeOriginal
  const gpsEntries: IfdEntry[] = [];
  if (exif.latitude) gpsEntries.push(ascii(0x0001, exif.latitude.ref), dms(0x0002, exif.latitude));
  if (exif.longitude) {
    gpsEntries.push(ascii(0x0003, exif.longitude.ref), dms(0x0004, exif.longitude));
  }
  const pointer = (tag: number, offset: number): IfdEntry => ({
    tag,
    type: 4,
    count: 1,
    value: u32(offset),
  });
  const ifd0Size = ifdSize(gpsEntries.length > 0 ? 2 : 1, []);
  const exifOffset = 8 + ifd0Size;
  const gpsOffset = exifOffset + ifdSize(exifEntries.length, exifEntries);
  const ifd0Entries = [pointer(0x8769, exifOffset)];
  if (gpsEntries.length > 0) ifd0Entries.push(pointer(0x8825, gpsOffset));
  return Buffer.concat([
    Buffer.from('MM\0*', 'latin1'),
    u32(8),
    ifd(ifd0Entries, 8),
    ifd(exifEntries, exifOffset),
    ...(gpsEntries.length > 0 ? [ifd(gpsEntries, gpsOffset)] : []),
  ]);
}

function ascii(tag: number, text: string): IfdEntry {
  return { tag, type: 2, count: text.length + 1, value: Buffer.from(`${text}\0`, 'latin1') };
}

function dms(tag: number, { dms: [d, m, s] }: { dms: [number, number, number] }): IfdEntry {
  const rational = (value: number) => Buffer.concat([u32(Math.round(value * 100)), u32(100)]);
  return { tag, type: 5, count: 3, value: Buffer.concat([rational(d), rational(m), rational(s)]) };
}

function ifdSize(entryCount: number, entries: IfdEntry[]): number {
  const outOfLine = entries.filter((e) => e.value.length > 4).map((e) => e.value.length);
  return 2 + 12 * entryCount + 4 + outOfLine.reduce((a, b) => a + b, 0);
}

/** One IFD at `offset`, followed by the values that do not fit in their entries. */
function ifd(entries: IfdEntry[], offset: number): Buffer {
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

/** A 1×1 PNG with a nonce in a text chunk, and no EXIF. */
export function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    return Buffer.concat([u32(data.length), typed, u32(crc32(typed))]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.concat([u32(1), u32(1), Buffer.from([8, 2, 0, 0, 0])])),
    chunk('tEXt', Buffer.from(`Comment\0${randomUUID()}`, 'latin1')),
    chunk('IDAT', deflateSync(Buffer.from([0, 0xd0, 0x30, 0x20]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `size` bytes that start like a PDF; the rest is random, so no two are alike. */
export function pdf(size: number): Buffer {
  const document = randomBytes(size);
  Buffer.from('%PDF-1.7\n', 'latin1').copy(document);
  return document;
}

function u16(value: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
}

function u32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

/** Uploads a fresh PNG as the user and returns its evidence id (for actions to cite). */
export async function uploadEvidence(
  http: () => ReturnType<typeof request>,
  user: BearerHeaders,
  note?: string,
): Promise<string> {
  let upload = http().post('/evidence').set(user);
  if (note) upload = upload.field('note', note);
  const response = await upload.attach('file', png(), 'site.png').expect(201);
  return response.body.evidenceId as string;
}
