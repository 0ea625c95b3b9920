import PDFDocument from 'pdfkit';
import { cjkFonts } from './cjk-font';
import type { ProgressReportData } from './progress-report';
import {
  isFigure,
  overviewText,
  type ReportTable,
  reportHeading,
  reportTables,
} from './progress-report-sections';

const MARGIN = 40;
const BODY = 9;
const HEADING = 12;
const TITLE = 18;
const PAD = 3;

/**
 * 消防安全隐患排查整治工作进展情况 as an A4 landscape PDF (Noto Sans SC, like the notices): the
 * heading, the overview in a paragraph, then each section as a ruled table whose header repeats
 * on every page it runs onto.
 */
export async function renderProgressReportPdf(data: ProgressReportData): Promise<Buffer> {
  const fonts = cjkFonts();
  const heading = reportHeading(data);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: 'zh-CN',
    bufferPages: true,
    info: { Title: heading.title, Author: data.issuer, CreationDate: new Date(data.generatedAt) },
  });
  const pdf = collect(doc);
  doc.registerFont('body', fonts.body);
  doc.registerFont('heading', fonts.heading);

  doc.font('heading').fontSize(TITLE).text(heading.issuer, { align: 'center' });
  doc.text(heading.title, { align: 'center' });
  doc
    .font('body')
    .fontSize(BODY + 1)
    .moveDown(0.3);
  doc.text(`${heading.period}\u3000\u3000${heading.generated}`, { align: 'center' });
  doc.moveDown(0.8);
  doc
    .fontSize(BODY + 1)
    .text(overviewText(data), { indent: 2 * (BODY + 1), lineGap: 3, align: 'justify' });

  for (const table of reportTables(data)) drawTable(doc, table);

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i += 1) {
    doc.switchToPage(pages.start + i);
    doc.font('body').fontSize(BODY - 1);
    // Below the bottom margin: lift it for the footer, or pdfkit would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.text(`第 ${i + 1} 页 / 共 ${pages.count} 页`, MARGIN, doc.page.height - MARGIN + 12, {
      width: doc.page.width - 2 * MARGIN,
      align: 'center',
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return pdf;
}

function drawTable(doc: PDFKit.PDFDocument, table: ReportTable): void {
  const left = MARGIN;
  const width = (doc.page.width - 2 * MARGIN) * (table.span ?? 1);
  const scale = width / table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => w * scale);
  const bottom = () => doc.page.height - MARGIN - 14;

  doc.moveDown(1);
  // The title, the header and a first row stay together: no header alone at a page's foot.
  const first = table.rows[0] ? rowHeight(doc, table.rows[0], widths, false) : 0;
  if (doc.y + 2 * HEADING + rowHeight(doc, table.headers, widths, true) + first > bottom()) {
    doc.addPage();
  }
  doc.font('heading').fontSize(HEADING).text(table.title, left, doc.y);
  doc.moveDown(0.3);
  if (table.rows.length === 0) {
    doc
      .font('body')
      .fontSize(BODY + 1)
      .text(table.empty, left, doc.y);
    return;
  }
  const header = () => row(doc, table.headers, widths, left, true);
  header();
  for (const cells of table.rows) {
    if (doc.y + rowHeight(doc, cells, widths, false) > bottom()) {
      doc.addPage();
      header();
    }
    row(doc, cells, widths, left, false);
  }
  doc.x = left;
}

function rowHeight(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  widths: readonly number[],
  bold: boolean,
) {
  doc.font(bold ? 'heading' : 'body').fontSize(BODY);
  return (
    Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 2 * PAD }))) +
    2 * PAD
  );
}

function row(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  widths: readonly number[],
  left: number,
  bold: boolean,
): void {
  const height = rowHeight(doc, cells, widths, bold);
  const top = doc.y;
  let x = left;
  if (bold) {
    doc
      .save()
      .rect(
        left,
        top,
        widths.reduce((a, b) => a + b, 0),
        height,
      )
      .fill('#eeeeee')
      .restore();
  }
  cells.forEach((cell, i) => {
    doc.rect(x, top, widths[i], height).lineWidth(0.5).stroke('#555555');
    doc.fillColor('#000000').text(cell, x + PAD, top + PAD, {
      width: widths[i] - 2 * PAD,
      align: bold ? 'center' : isFigure(cell) ? 'right' : 'left',
    });
    x += widths[i];
  });
  doc.y = top + height;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
