import { type RectificationNoticeData } from './rectification-notice';
import { renderRectificationNotice } from './render-rectification-notice';
import { extractPdfText, extractPdfTextCompact } from './testing/extract-pdf-text';

const notice: RectificationNoticeData = {
  noticeNo: '太白消整〔2024〕第0007号',
  caseNumber: 'TB-2024-000123',
  issuer: '重庆市万州区太白街道办事处',
  responsibleParty: { name: '万州区鑫悦物业管理有限公司', contactPerson: '李明' },
  address: '万州区太白路88号锦绣花园3栋',
  hazardType: '消防车通道被占用',
  hazardDescription: '小区东侧消防车通道长期停放私家车及电动自行车，堵塞通道约30米。',
  requirements: '立即清理占用消防车通道的车辆，施划禁停标线并设置警示标志。',
  deadline: '2024-03-15',
  interimMeasuresRequired: true,
  issuedAt: '2024-02-29T17:30:00Z', // 1 March in China
};

describe(renderRectificationNotice.name, () => {
  it('renders a PDF whose extracted text carries the number, the party and every field', async () => {
    const pdf = await renderRectificationNotice(notice);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = extractPdfTextCompact(pdf);
    for (const expected of [
      '重庆市万州区太白街道办事处',
      '消防安全隐患整改通知书',
      '太白消整〔2024〕第0007号',
      '万州区鑫悦物业管理有限公司：',
      '万州区太白路88号锦绣花园3栋',
      '消防车通道被占用',
      '堵塞通道约30米',
      '施划禁停标线',
      '请于2024年3月15日前整改完毕',
      '须立即采取',
      '2024年3月1日',
      '送达回执',
      '隐患编号：TB-2024-000123',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('本通知书替代');
  });

  it('names the replaced notice on a reissue and says when no interim measures are needed', async () => {
    const pdf = await renderRectificationNotice({
      ...notice,
      noticeNo: '太白消整〔2024〕第0012号',
      replacesNoticeNo: '太白消整〔2024〕第0007号',
      interimMeasuresRequired: false,
    });

    const text = extractPdfTextCompact(pdf);
    expect(text).toContain('本通知书替代太白消整〔2024〕第0007号整改通知书');
    expect(text).toContain('无须采取临时防范措施');
    expect(text).not.toContain('须立即采取');
  });

  it('embeds only the glyphs it uses, not the 10 MB font', async () => {
    const pdf = await renderRectificationNotice(notice);
    expect(pdf.length).toBeLessThan(150_000);
    expect(
      extractPdfText(pdf)
        .split('\f')
        .filter((page) => page.trim()).length,
    ).toBe(1);
  });

  it('rejects a deadline that is not a date', async () => {
    await expect(renderRectificationNotice({ ...notice, deadline: '15/03/2024' })).rejects.toThrow(
      RangeError,
    );
  });
});
