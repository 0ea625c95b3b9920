// Reads a PDF on stdin and prints its text, page by page. pdf.js maps the embedded CJK subset back
// to Unicode through the ToUnicode CMap that pdfkit writes, as a PDF reader's copy-and-paste would.
// It runs in its own Node process because pdfjs-dist is ES-module only and Jest loads CommonJS.
import { Buffer } from 'node:buffer';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({
  data: new Uint8Array(Buffer.concat(chunks)),
  disableFontFace: true,
  verbosity: 0,
}).promise;
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  for (const item of content.items) {
    if ('str' in item) process.stdout.write(item.str + (item.hasEOL ? '\n' : ''));
  }
  process.stdout.write('\f');
}
