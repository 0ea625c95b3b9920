import PDFDocument from 'pdfkit';
import { chinaDateOf, isIsoInstant } from '@firecase/domain';
import { chinaDateText } from './china-date-text';
import { cjkFonts } from './cjk-font';
import type { CriticismNoticeData } from './criticism-notice';

const BODY_SIZE = 12;
const TITLE_SIZE = 20;
const PARAGRAPH_INDENT = 2 * BODY_SIZE;
const LINE_GAP = 6;

/**
 * 关于对某单位的通报批评: the sub-district office criticises one of its own units (a village,
 * community or department) for lagging in a campaign, as an A4 PDF with the Noto Sans SC font of
 * the rectification notice. The figures it cites come from the unit's supervision case.
 */
export async function renderCriticismNotice(data: CriticismNoticeData): Promise<Buffer> {
  if (!isIsoInstant(data.issuedAt)) {
    throw new RangeError(`issuedAt must be an ISO instant, got "${data.issuedAt}"`);
  }
  const fonts = cjkFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 90, bottom: 80, left: 80, right: 74 },
    lang: 'zh-CN',
    info: {
      Title: `关于对${data.unitName}的通报批评 ${data.noticeNo}`,
      Author: data.issuer,
      Subject: data.supervisionNumber,
      CreationDate: new Date(data.issuedAt),
    },
  });
  const pdf = collect(doc);
  doc.registerFont('body', fonts.body);
  doc.registerFont('heading', fonts.heading);

  doc.font('heading').fontSize(TITLE_SIZE);
  doc.text(data.issuer, { align: 'center' });
  doc.text(`关于对${data.unitName}的通报批评`, { align: 'center' });
  doc.moveDown(0.5);
  doc.font('body').fontSize(BODY_SIZE).text(data.noticeNo, { align: 'center' });
  doc.moveDown(1.5);

  doc.text('各村（社区）、各科室：', { lineGap: LINE_GAP });
  const notified = data.supervisionNoticeIssuedAt
    ? `街道已于${chinaDateText(chinaDateOf(data.supervisionNoticeIssuedAt))}下达督办通知，`
    : '';
  paragraph(
    doc,
    `在${data.campaignName}中，${data.unitName}工作推进不力：${data.reasons.join('；')}。` +
      `${notified}但至今仍未整改到位。`,
  );
  const { figures } = data;
  const rate =
    figures.rectificationRate === null
      ? '—'
      : `${Math.round(figures.rectificationRate * 1000) / 10}%`;
  paragraph(
    doc,
    `截至通报之日，该单位共排查发现隐患${figures.found}处，已整改${figures.rectified}处，` +
      `整改率${rate}，逾期未整改${figures.overdue}处；集中检查任务逾期未完成${figures.undoneSweepTasks}项。`,
  );
  paragraph(doc, data.summary);
  paragraph(doc, `经研究，决定对${data.unitName}予以通报批评。${data.requirements}`);
  paragraph(doc, '各单位要引以为戒，压实消防安全责任，确保隐患发现一处、整改一处、销号一处。');
  paragraph(doc, `督办编号：${data.supervisionNumber}`);

  doc.moveDown(2);
  doc.text(`${data.issuer}（盖章）`, { align: 'right' });
  doc.text(chinaDateText(chinaDateOf(data.issuedAt)), { align: 'right' });
  doc.end();
  return pdf;
}

function paragraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.text(text, { indent: PARAGRAPH_INDENT, lineGap: LINE_GAP, align: 'justify' });
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
