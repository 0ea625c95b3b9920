// Integration on the real embedded PostgreSQL of the stack (migrations applied by the global
// setup): rectification notices numbered without gaps per year under concurrency, reissues,
// the database refusing to change an issued notice, failed renders and idempotent retries.
// Each test has a year of its own, since the numbering is per year and the database is shared.
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  NoticeDocumentRepository,
  NoticeIssueRefusalCode,
  type NoticeToIssue,
} from '@firecase/persistence';
import { type RectificationNoticeContent, renderRectificationNotice } from '@firecase/notices';
import { extractPdfTextCompact } from '@firecase/notices/testing';
import { stackConfig } from './support/stack';

describe('rectification notice documents on the real PostgreSQL', () => {
  let database: DataSource;
  let notices: NoticeDocumentRepository;

  beforeAll(async () => {
    database = await new DataSource(dataSourceOptions(stackConfig().database)).initialize();
    notices = new NoticeDocumentRepository(database);
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('gives 20 concurrent issues in one year the next 20 numbers, no gap, no duplicate', async () => {
    const before = await lastNumber(2031);
    const issued = await Promise.all(
      Array.from({ length: 20 }, () =>
        notices.issue(toIssue(freshCaseNumber(), '2031-05-06T02:00:00Z')),
      ),
    );

    const numbers = issued.map((notice) => notice.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => before + i + 1));
    expect(await lastNumber(2031)).toBe(before + 20);
    for (const notice of issued) {
      expect(notice.noticeNo).toBe(`太白消整〔2031〕第${String(notice.number).padStart(4, '0')}号`);
      expect(notice.sha256).toBe(createHash('sha256').update(notice.pdf).digest('hex'));
    }
    const [stored] = issued;
    expect(extractPdfTextCompact(stored.pdf)).toContain(stored.noticeNo);
  });

  it('numbers by the year in China when numbered: New Year’s Eve at 17:00 UTC is already next year', async () => {
    const notice = await notices.issue(toIssue(freshCaseNumber(), '2036-12-31T17:00:00Z'));
    expect(notice).toMatchObject({ year: 2037, noticeNo: expect.stringMatching(/〔2037〕/) });
  });

  it('issues a reissue under a new number that names the notice it replaces', async () => {
    const caseNumber = freshCaseNumber();
    const first = await notices.issue(toIssue(caseNumber, '2032-03-01T01:00:00Z'));
    const reissue = await notices.issue(
      toIssue(caseNumber, '2032-03-04T01:00:00Z', { replacesNoticeNo: first.noticeNo }),
    );

    expect(reissue.number).toBe(first.number + 1);
    expect(reissue.replacesNoticeNo).toBe(first.noticeNo);
    expect(extractPdfTextCompact(reissue.pdf)).toContain(`本通知书替代${first.noticeNo}`);
    expect((await notices.findByCase(caseNumber)).map((n) => n.noticeNo)).toEqual([
      first.noticeNo,
      reissue.noticeNo,
    ]);
    const found = await notices.findByNoticeNo(reissue.noticeNo);
    expect(found).toMatchObject({ caseNumber, replacesNoticeNo: first.noticeNo });
    expect(found?.pdf.equals(reissue.pdf)).toBe(true);
    await expect(notices.findByNoticeNo('太白消整〔1999〕第0001号')).resolves.toBeUndefined();
  });

  it('refuses to replace a notice twice, one of another case or one that does not exist', async () => {
    const caseNumber = freshCaseNumber();
    const first = await notices.issue(toIssue(caseNumber, '2032-06-01T01:00:00Z'));
    await notices.issue(
      toIssue(caseNumber, '2032-06-02T01:00:00Z', { replacesNoticeNo: first.noticeNo }),
    );
    const before = await lastNumber(2032);

    await expect(
      notices.issue(
        toIssue(caseNumber, '2032-06-03T01:00:00Z', { replacesNoticeNo: first.noticeNo }),
      ),
    ).rejects.toMatchObject({ code: NoticeIssueRefusalCode.NoticeAlreadyReplaced });
    await expect(
      notices.issue(
        toIssue(freshCaseNumber(), '2032-06-03T01:00:00Z', { replacesNoticeNo: first.noticeNo }),
      ),
    ).rejects.toMatchObject({ code: NoticeIssueRefusalCode.ReplacedNoticeOfOtherCase });
    await expect(
      notices.issue(
        toIssue(caseNumber, '2032-06-03T01:00:00Z', {
          replacesNoticeNo: '太白消整〔2032〕第9999号',
        }),
      ),
    ).rejects.toMatchObject({ code: NoticeIssueRefusalCode.ReplacedNoticeUnknown });
    expect(await lastNumber(2032)).toBe(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of an issued notice in the database itself', async () => {
    const notice = await notices.issue(toIssue(freshCaseNumber(), '2033-01-10T01:00:00Z'));

    await expect(
      database.query(`UPDATE notice_document SET content = '{}' WHERE notice_no = $1`, [
        notice.noticeNo,
      ]),
    ).rejects.toThrow('notice_document is locked once issued: UPDATE is not allowed');
    await expect(
      database.query('DELETE FROM notice_document WHERE notice_no = $1', [notice.noticeNo]),
    ).rejects.toThrow('notice_document is locked once issued: DELETE is not allowed');
    // The application's role holds no TRUNCATE at all; the owner would meet the trigger.
    await expect(database.query('TRUNCATE notice_document')).rejects.toThrow(
      'permission denied for table notice_document',
    );
    await expect(notices.findByNoticeNo(notice.noticeNo)).resolves.toMatchObject({
      sha256: notice.sha256,
    });
  });

  it('burns no number when the PDF fails to render', async () => {
    const before = await notices.issue(toIssue(freshCaseNumber(), '2034-02-01T01:00:00Z'));
    const failing: NoticeToIssue = {
      ...toIssue(freshCaseNumber(), '2034-02-01T02:00:00Z'),
      render: () => Promise.reject(new Error('printer on fire')),
    };

    await expect(notices.issue(failing)).rejects.toThrow('printer on fire');
    expect(await lastNumber(2034)).toBe(before.number);
    const after = await notices.issue(toIssue(freshCaseNumber(), '2034-02-01T03:00:00Z'));
    expect(after.number).toBe(before.number + 1);
  });

  it('returns the same notice for the same case and idempotency key, even at the same moment', async () => {
    const caseNumber = freshCaseNumber();
    const idempotencyKey = randomUUID();
    const retries = await Promise.all(
      [1, 2, 3].map(() =>
        notices.issue(toIssue(caseNumber, '2035-04-01T01:00:00Z', { idempotencyKey })),
      ),
    );
    const again = await notices.issue(
      toIssue(caseNumber, '2035-04-02T01:00:00Z', { idempotencyKey }),
    );

    expect(new Set([...retries, again].map((notice) => notice.id)).size).toBe(1);
    expect(again.idempotencyKey).toBe(idempotencyKey);
    expect(await lastNumber(2035)).toBe(again.number);
    // The key is the case's own: another case using it gets a notice of its own.
    const other = await notices.issue(
      toIssue(freshCaseNumber(), '2035-04-02T01:00:00Z', { idempotencyKey }),
    );
    expect(other.number).toBe(again.number + 1);
  });

  async function lastNumber(year: number): Promise<number> {
    const rows: { last_number: number }[] = await database.query(
      'SELECT last_number FROM notice_number_counter WHERE year = $1',
      [year],
    );
    return rows[0]?.last_number ?? 0;
  }
});

function freshCaseNumber(): string {
  return `TB-NOTICE-${randomUUID().slice(0, 8)}`;
}

function toIssue(
  caseNumber: string,
  issuedAt: string,
  extra: Pick<NoticeToIssue, 'replacesNoticeNo' | 'idempotencyKey'> = {},
): NoticeToIssue {
  const content: RectificationNoticeContent = {
    caseNumber,
    issuer: '重庆市万州区太白街道办事处',
    responsibleParty: { name: '万州区恒顺五金加工厂' },
    address: '万州区太白路17号附1号',
    hazardType: '生产、储存、住宿“三合一”',
    hazardDescription: '一楼加工车间与二楼员工宿舍未作防火分隔，楼梯间堆放纸箱。',
    requirements: '拆除车间内住人床铺，清理楼梯间可燃物，车间与宿舍之间设置防火分隔。',
    deadline: '2031-06-30',
    interimMeasuresRequired: true,
    issuedAt,
    replacesNoticeNo: extra.replacesNoticeNo,
  };
  return {
    caseNumber,
    issuedAt,
    numberedAt: issuedAt, // as if numbered when issued: these tests pin the series by year
    content,
    ...extra,
    render: (noticeNo) => renderRectificationNotice({ ...content, noticeNo }),
  };
}
