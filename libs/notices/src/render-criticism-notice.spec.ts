import { type CriticismNoticeData, formatCriticismNoticeNo } from './criticism-notice';
import { renderCriticismNotice } from './render-criticism-notice';
import { extractPdfTextCompact } from './testing/extract-pdf-text';

const notice: CriticismNoticeData = {
  noticeNo: formatCriticismNoticeNo(2024, 3),
  issuer: '重庆市万州区太白街道办事处',
  supervisionNumber: 'DB-2024-0007',
  campaignName: '2023年今冬明春消防安全防范工作',
  unitName: '高笋塘社区',
  reasons: ['隐患逾期率35%，超过20%', '2项集中检查任务逾期未完成'],
  figures: { found: 20, rectified: 9, overdue: 7, rectificationRate: 0.45, undoneSweepTasks: 2 },
  supervisionNoticeIssuedAt: '2024-02-20T02:00:00Z',
  summary: '督办通知下达后，该社区仍有7处隐患逾期未整改，春节集中检查未按期完成。',
  requirements: '请于3个工作日内整改到位，并向街道作出书面检查。',
  issuedAt: '2024-02-29T17:30:00Z', // 1 March in China
};

describe(renderCriticismNotice.name, () => {
  it('renders a numbered 通报批评 that names the unit, cites its figures and what came before', async () => {
    const pdf = await renderCriticismNotice(notice);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = extractPdfTextCompact(pdf);
    for (const expected of [
      '关于对高笋塘社区的通报批评',
      '太白消督〔2024〕第0003号',
      '在2023年今冬明春消防安全防范工作中，高笋塘社区工作推进不力',
      '隐患逾期率35%，超过20%；2项集中检查任务逾期未完成',
      '街道已于2024年2月20日下达督办通知',
      '共排查发现隐患20处，已整改9处，整改率45%，逾期未整改7处',
      '集中检查任务逾期未完成2项',
      '决定对高笋塘社区予以通报批评。请于3个工作日内整改到位',
      '督办编号：DB-2024-0007',
      '2024年3月1日',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('numbers its own series, gapless per year', () => {
    expect(formatCriticismNoticeNo(2026, 12)).toBe('太白消督〔2026〕第0012号');
    expect(() => formatCriticismNoticeNo(2026, 0)).toThrow(RangeError);
  });
});
