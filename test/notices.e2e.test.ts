// End to end through HTTP on the real stack: issuing a rectification notice (整改通知书) sets the
// case's deadline in its workflow and stores a numbered, locked PDF in PostgreSQL.
import type request from 'supertest';
import { extractPdfTextCompact } from '@firecase/notices/testing';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

const NOTICE_NO = /^太白消整〔\d{4}〕第\d{4}号$/;

describe('rectification notices (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true });
  const officer = signedInUser(stack, {
    role: 'officer',
    department: 'emergency',
    displayName: 'Li Wei',
  });
  const http = stack.http;

  async function openCase(partyName: string, discoveredAt = new Date().toISOString()) {
    const response = await http()
      .post('/cases')
      .set(officer)
      .send({
        location: { community: '太白社区', address: '万州区太白路18号' },
        category: 'high_rise',
        hazardType: 'high_rise.fire_passage_occupied',
        description: '消防通道被杂物堵塞',
        severity: 'general',
        responsibleParty: { name: partyName, head: '周强' },
        department: 'emergency',
        discoveredAt,
      })
      .expect(201);
    return response.body.caseNumber as string;
  }

  it('issues a numbered PDF in Chinese with the notice, and reissues under a new number', async () => {
    const party = `万州区明远物业管理有限公司${Date.now() % 1000}`;
    const caseNumber = await openCase(party);
    const issued = await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: '立即清理消防通道杂物' })
      .expect(200);
    expect(issued.body.case.state.status).toBe('awaiting_service');
    const { noticeNo, sha256 } = issued.body.notice as { noticeNo: string; sha256: string };
    expect(noticeNo).toMatch(NOTICE_NO);

    const pdf = await http()
      .get(`/cases/${caseNumber}/notice.pdf`)
      .set(officer)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = extractPdfTextCompact(pdf.body as Buffer);
    expect(text).toContain(noticeNo);
    expect(text).toContain(party);

    const again = await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: 'twice' })
      .expect(409);
    expect(again.body.code).toBe('WRONG_STATUS');

    const reissued = await http()
      .post(`/cases/${caseNumber}/notices/reissue`)
      .set(officer)
      .set('Idempotency-Key', 'lost-copy-1')
      .expect(201);
    expect(reissued.body.noticeNo).toMatch(NOTICE_NO);
    expect(reissued.body.noticeNo).not.toBe(noticeNo);
    expect(reissued.body.replacesNoticeNo).toBe(noticeNo);
    const retried = await http()
      .post(`/cases/${caseNumber}/notices/reissue`)
      .set(officer)
      .set('Idempotency-Key', 'lost-copy-1')
      .expect(201);
    expect(retried.body.noticeNo).toBe(reissued.body.noticeNo);

    const list = await http().get(`/cases/${caseNumber}/notices`).set(officer).expect(200);
    const documents = list.body as { noticeNo: string }[];
    expect(documents.map((d) => d.noticeNo)).toEqual([noticeNo, reissued.body.noticeNo]);
    expect(list.body[0].sha256).toBe(sha256);
    expect(list.body[0]).not.toHaveProperty('pdf');

    const original = await http()
      .get(`/notices/${encodeURIComponent(noticeNo)}.pdf`)
      .set(officer)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(extractPdfTextCompact(original.body as Buffer)).toContain(noticeNo);
    await http()
      .get(`/notices/${encodeURIComponent('太白消整〔1999〕第9999号')}.pdf`)
      .set(officer)
      .expect(404);
  });

  it('issues in one step, numbered in the year of the server clock, not of a paper date', async () => {
    const caseNumber = await openCase('万州区纸质通知补录测试单位', '2025-12-29T02:00:00.000Z');
    const issued = await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: '清理楼道', issuedAt: '2025-12-30T02:00:00.000Z' })
      .expect(200);
    const { noticeNo } = issued.body.notice as { noticeNo: string };
    // The workflow's update answered with the document the worker numbered and stored.
    expect(issued.body.case.state.notice.documentNo).toBe(noticeNo);
    const serverYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    expect(noticeNo).toContain(`〔${serverYear}〕`);
    const listed = await http().get(`/cases/${caseNumber}/notices`).set(officer).expect(200);
    expect((listed.body as { noticeNo: string; issuedAt: string }[])[0]).toMatchObject({
      noticeNo,
      issuedAt: '2025-12-30T02:00:00.000Z', // the date the paper notice bears
    });
  });

  it('answers 404 for the PDF of a case without a notice', async () => {
    const caseNumber = await openCase('万州区测试单位');
    const response = await http().get(`/cases/${caseNumber}/notice.pdf`).set(officer).expect(404);
    expect(response.body.message).toMatch(/no rectification notice/);
  });
});

function binary(
  response: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
