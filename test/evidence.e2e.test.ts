// End to end through HTTP against the real stack: the api app as its main() boots it and the
// embedded PostgreSQL. Nothing is mocked; the photos are built byte by byte (support/
// evidence-files), so that what their EXIF says is known exactly.
import { createHash, randomUUID } from 'node:crypto';
import { jpeg, pdf, png } from './support/evidence-files';
import { useRealStack } from './support/real-stack';
import { actorOf, signedInUser } from './support/signed-in-user';

const MiB = 1024 * 1024;

describe('evidence API (HTTP, real stack)', () => {
  const stack = useRealStack({ api: true });
  const officer = signedInUser(stack, { role: 'officer', displayName: 'Li Wei' });
  const emergencyOfficer = signedInUser(stack, {
    role: 'officer',
    department: 'emergency',
    displayName: 'Wu Tao',
  });
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

  it('answers the same bytes from the same uploader with their first record and 200', async () => {
    const photo = jpeg({ takenAt: '2024:05:06 08:00:00' });
    const first = await http()
      .post('/evidence')
      .set(officer)
      .attach('file', photo, 'first.jpg')
      .expect(201);
    const again = await http()
      .post('/evidence')
      .set(officer)
      .field('note', 'the same photo, sent again')
      .attach('file', photo, 'again.jpg')
      .expect(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(`/evidence/${first.body.evidenceId}`);
  });

  it('gives another department its own record of bytes already uploaded, revealing nothing of the first', async () => {
    const photo = jpeg({
      takenAt: '2024:05:07 09:30:00',
      latitude: { ref: 'N', dms: [30, 48, 0] },
      longitude: { ref: 'E', dms: [108, 24, 0] },
    });
    const first = await http()
      .post('/evidence')
      .set(officer)
      .field('note', '规环办内部备注：举报人王某')
      .attach('file', photo, '举报人提供.jpg')
      .expect(201);
    const theirs = await http()
      .post('/evidence')
      .set(emergencyOfficer)
      .field('note', 'our own copy')
      .attach('file', photo, 'copy.jpg')
      .expect(201);
    expect(theirs.body).toEqual({
      ...first.body,
      evidenceId: expect.not.stringMatching(first.body.evidenceId as string),
      originalName: 'copy.jpg',
      note: 'our own copy',
      uploadedBy: actorOf(emergencyOfficer),
      uploadedAt: expect.any(String),
    });
    expect(JSON.stringify(theirs.body)).not.toMatch(/举报人|规环办/);
    // The time and place are those of their own bytes; the first record stays out of reach.
    expect(theirs.body.takenAt).toBe('2024-05-07T01:30:00.000Z');
    await http()
      .get(`/evidence/${first.body.evidenceId}/metadata`)
      .set(emergencyOfficer)
      .expect(404);
    await http().get(`/evidence/${first.body.evidenceId}`).set(emergencyOfficer).expect(404);
    const download = await http().get(`/evidence/${theirs.body.evidenceId}`).set(emergencyOfficer);
    expect(sha256(download.body as Buffer)).toBe(sha256(photo));
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
