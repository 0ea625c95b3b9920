// End to end through HTTP against the real stack: the api app as its main() boots it and the
// embedded PostgreSQL. Nothing is mocked; the photos are built here, byte by byte, so that what
// their EXIF says is known exactly. Every upload carries a fresh nonce, because the database is
// shared and the same bytes uploaded anywhere else would come back as someone else's record.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { useRealStack } from './support/real-stack';
import { actorOf, signedInUser } from './support/signed-in-user';

const MiB = 1024 * 1024;

describe('evidence API (HTTP, real stack)', () => {
  const stack = useRealStack({ api: true });
  const officer = signedInUser(stack, { role: 'officer', displayName: 'Li Wei' });
  const supervisor = signedInUser(stack, { role: 'supervisor', displayName: 'Zhang Min' });
  const http = stack.http;

  it('keeps a photo with its EXIF time (China time) and GPS position, and answers 201', async () => {
    const photo = jpeg({
      takenAt: '2024:03:01 10:20:30',
      latitude: { ref: 'N', dms: [30, 48, 27.36] },
      longitude: { ref: 'E', dms: [108, 24, 32.04] },
    });
    const response = await http()
      .post('/evidence')
      .set(officer)
      .field('note', 'stairwell of unit 3, before')
      .attach('file', photo, { filename: 'stairwell.jpg', contentType: 'image/jpeg' })
      .expect(201);

    expect(response.body).toEqual({
      evidenceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sha256: sha256(photo),
      sizeBytes: photo.length,
      mediaType: 'image/jpeg',
      originalName: 'stairwell.jpg',
      uploadedBy: actorOf(officer),
      uploadedAt: expect.any(String),
      takenAt: '2024-03-01T02:20:30.000Z',
      latitude: expect.any(Number),
      longitude: expect.any(Number),
      note: 'stairwell of unit 3, before',
    });
    expect(response.body).not.toHaveProperty('content');
    expect(response.body.latitude).toBeCloseTo(30.8076, 6);
    expect(response.body.longitude).toBeCloseTo(108.4089, 6);
    expect(response.headers.location).toBe(`/evidence/${response.body.evidenceId}`);

    const metadata = await http()
      .get(`/evidence/${response.body.evidenceId}/metadata`)
      .set(officer)
      .expect(200);
    expect(metadata.body).toEqual(response.body);
  });

  it('keeps a PNG without EXIF, typed by its bytes rather than what the client claims', async () => {
    const image = png();
    const response = await http()
      .post('/evidence')
      .set(officer)
      .attach('file', image, { filename: 'site.png', contentType: 'application/octet-stream' })
      .expect(201);
    expect(response.body).toMatchObject({
      mediaType: 'image/png',
      sizeBytes: image.length,
      takenAt: null,
      latitude: null,
      longitude: null,
      note: null,
    });
  });

  it('answers the same bytes, by anyone, with the first record and 200', async () => {
    const photo = jpeg({ takenAt: '2024:05:06 08:00:00' });
    const first = await http()
      .post('/evidence')
      .set(officer)
      .attach('file', photo, 'first.jpg')
      .expect(201);
    const again = await http()
      .post('/evidence')
      .set(supervisor)
      .field('note', 'the same photo, sent again')
      .attach('file', photo, 'again.jpg')
      .expect(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(`/evidence/${first.body.evidenceId}`);
  });

  it('downloads the bytes as uploaded, as an attachment named in UTF-8', async () => {
    const photo = jpeg({ takenAt: '2024:07:08 09:10:11' });
    const uploaded = await http()
      .post('/evidence')
      .set(officer)
      .attach('file', photo, { filename: '楼梯间 照片.jpg', contentType: 'image/jpeg' })
      .expect(201);
    expect(uploaded.body.originalName).toBe('楼梯间 照片.jpg');

    const download = await http()
      .get(`/evidence/${uploaded.body.evidenceId}`)
      .set(officer)
      .expect(200);
    expect(Buffer.isBuffer(download.body)).toBe(true); // superagent buffers image/* itself
    expect(sha256(download.body as Buffer)).toBe(sha256(photo));
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.headers['content-length']).toBe(String(photo.length));
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="___ __.jpg"; filename*=UTF-8''${encodeURIComponent('楼梯间 照片.jpg')}`,
    );
    expect(download.headers.etag).toBe(`"${sha256(photo)}"`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
  });

  it('accepts a PDF of exactly the limit, 10 MiB', async () => {
    const document = pdf(10 * MiB);
    const response = await http()
      .post('/evidence')
      .set(officer)
      .attach('file', document, 'scan.pdf')
      .expect(201);
    expect(response.body).toMatchObject({ mediaType: 'application/pdf', sizeBytes: 10 * MiB });
  });

  it('refuses a file one byte over 10 MiB with 413, naming the limit', async () => {
    const response = await http()
      .post('/evidence')
      .set(officer)
      .attach('file', pdf(10 * MiB + 1), 'scan.pdf')
      .expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: expect.stringContaining('10 MiB'),
    });
  });

  it('refuses a text file named .jpg and sent as image/jpeg with 415', async () => {
    const response = await http()
      .post('/evidence')
      .set(officer)
      .attach('file', Buffer.from(`not a photo at all ${randomUUID()}\n`), {
        filename: 'photo.jpg',
        contentType: 'image/jpeg',
      })
      .expect(415);
    expect(response.body).toEqual({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: expect.stringContaining('image/jpeg, image/png, image/webp, application/pdf'),
    });
  });

  it('answers 400 without a file, with an empty file, and with two files', async () => {
    const noFile = await http().post('/evidence').set(officer).field('note', 'forgot').expect(400);
    expect(noFile.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringContaining('"file"'),
    });
    await http().post('/evidence').set(officer).send({ note: 'json, no file' }).expect(400);

    const empty = await http()
      .post('/evidence')
      .set(officer)
      .attach('file', Buffer.alloc(0), 'empty.jpg')
      .expect(400);
    expect(empty.body.message).toBe('the file is empty');

    await http()
      .post('/evidence')
      .set(officer)
      .attach('file', png(), 'one.png')
      .attach('file', png(), 'two.png')
      .expect(400);
  });

  it('answers 401 without a bearer token', async () => {
    const response = await http().post('/evidence').attach('file', png(), 'site.png').expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('documents the upload as multipart/form-data in the OpenAPI document', async () => {
    const { body } = await http().get('/docs-json').expect(200);
    const upload = body.paths['/evidence'].post as {
      requestBody: { content: Record<string, { schema: unknown }> };
      security: Record<string, unknown>[];
    };
    expect(upload.requestBody.content['multipart/form-data'].schema).toMatchObject({
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    expect(upload.security).toEqual([{ bearer: [] }]);
    expect(body.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of [randomUUID(), 'ev-photo-1', "1' OR '1'='1"]) {
      const path = `/evidence/${encodeURIComponent(id)}`;
      const file = await http().get(path).set(officer).expect(404);
      expect(file.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      await http().get(`${path}/metadata`).set(officer).expect(404);
    }
  });
});

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface PhotoExif {
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
function jpeg(exif: PhotoExif): Buffer {
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
function png(): Buffer {
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
function pdf(size: number): Buffer {
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
