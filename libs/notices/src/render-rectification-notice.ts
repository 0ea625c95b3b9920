import PDFDocument from 'pdfkit';
import { chinaDateOf, isIsoInstant } from '@firecase/domain';
import { chinaDateText } from './china-date-text';
import { cjkFonts } from './cjk-font';
import type { RectificationNoticeData } from './rectification-notice';

const BODY_SIZE = 12;
const TITLE_SIZE = 20;
/** 首行缩进两字: Chinese paragraphs open indented by two characters. */
const PARAGRAPH_INDENT = 2 * BODY_SIZE;
const LINE_GAP = 6;
const BLANK = '＿＿＿＿＿＿＿＿';
/** Two full-width spaces (全角空格), the gap between fields of a form line. */
const GAP = '\u3000\u3000';

/** 消防安全隐患整改通知书 as an A4 PDF, with the service receipt (送达回执) below it. */
export async function renderRectificationNotice(data: RectificationNoticeData): Promise<Buffer> {
  if (!isIsoInstant(data.issuedAt)) {
    throw new RangeError(`issuedAt must be an ISO instant, got "${data.issuedAt}"`);
  }
  const issueDate = chinaDateText(chinaDateOf(data.issuedAt));
  const deadline = chinaDateText(data.deadline);
  // Resolved before the document exists, so a missing font rejects with its own message.
  const fonts = cjkFonts();

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 90, bottom: 80, left: 80, right: 74 },
    lang: 'zh-CN',
    info: {
      Title: `消防安全隐患整改通知书 ${data.noticeNo}`,
      Author: data.issuer,
      Subject: data.caseNumber,
      CreationDate: new Date(data.issuedAt),
    },
  });
  const pdf = collect(doc);
  doc.registerFont('body', fonts.body);
  doc.registerFont('heading', fonts.heading);

  doc.font('heading').fontSize(TITLE_SIZE);
  doc.text(data.issuer, { align: 'center' });
  doc.text('消防安全隐患整改通知书', { align: 'center' });
  doc.moveDown(0.5);
  doc.font('body').fontSize(BODY_SIZE).text(data.noticeNo, { align: 'center' });
  doc.moveDown(1.5);

  doc.text(`${data.responsibleParty.name}：`, { lineGap: LINE_GAP });
  paragraph(doc, `经检查，你单位（人）位于${data.address}的场所存在下列消防安全隐患：`);
  paragraph(doc, `隐患类型：${data.hazardType}`);
  paragraph(doc, `隐患情况：${data.hazardDescription}`);
  paragraph(doc, `整改要求：${data.requirements}`);
  paragraph(
    doc,
    `整改期限：请于${deadline}前整改完毕，并将整改情况书面报告本机关。` +
      `逾期未整改的，将依照有关规定约谈、通报批评直至移交执法。`,
  );
  paragraph(
    doc,
    data.interimMeasuresRequired
      ? '临时防范措施：隐患消除前，须立即采取设置警示标志、安排专人值守、断电断气或限制使用等' +
          '临时防范措施，确保安全；本机关将加密巡查。'
      : '临时防范措施：本隐患无须采取临时防范措施，但整改期间应加强防火巡查。',
  );
  if (data.replacesNoticeNo) {
    paragraph(doc, `本通知书替代${data.replacesNoticeNo}整改通知书，原通知书同时作废。`);
  }
  paragraph(doc, `隐患编号：${data.caseNumber}`);

  doc.moveDown(2);
  doc.text(`${data.issuer}（盖章）`, { align: 'right' });
  doc.text(issueDate, { align: 'right' });

  serviceReceipt(doc, data.noticeNo);
  doc.end();
  return pdf;
}

function paragraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.text(text, { indent: PARAGRAPH_INDENT, lineGap: LINE_GAP, align: 'justify' });
}

/** 送达回执: filled in by hand when the notice is served, then recorded with the case. */
function serviceReceipt(doc: PDFKit.PDFDocument, noticeNo: string): void {
  doc.moveDown(2);
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  doc.save().moveTo(left, doc.y).lineTo(right, doc.y).dash(4, { space: 3 }).stroke().restore();
  doc.moveDown(0.8);
  doc.font('heading').text('送达回执', { align: 'center' });
  doc.font('body').moveDown(0.5);
  for (const line of [
    `文书：消防安全隐患整改通知书（${noticeNo}）`,
    `受送达单位（人）签收：${BLANK}${GAP}签收日期：${GAP}年${GAP}月${GAP}日`,
    `送达方式：${BLANK}${GAP}送达人：${BLANK}`,
  ]) {
    doc.text(line, { lineGap: LINE_GAP });
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
