// Evidence files built byte by byte, so that what their EXIF says is known exactly. Each carries a
// fresh nonce: the database is shared, and the same bytes uploaded elsewhere share their content.
import { randomBytes, randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type request from 'supertest';
import { asciiEntry, dmsEntry, exifTiff, type IfdEntry, u16, u32 } from '@firecase/api';
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
    segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifOf(exif)])),
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

/** DateTimeOriginal and, when given, the GPS position (its seconds to a hundredth). */
function exifOf(exif: PhotoExif): Buffer {
  const gps: IfdEntry[] = [];
  if (exif.latitude) {
    gps.push(asciiEntry(0x0001, exif.latitude.ref), dmsEntry(0x0002, exif.latitude.dms, 100));
  }
  if (exif.longitude) {
    gps.push(asciiEntry(0x0003, exif.longitude.ref), dmsEntry(0x0004, exif.longitude.dms, 100));
  }
  return exifTiff([asciiEntry(0x9003, exif.takenAt)], gps);
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
