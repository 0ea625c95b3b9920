import { BadRequestException } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { encode } from 'iconv-lite';
import { readImportFile } from './import-file.reader';

async function messageOf(file: Buffer): Promise<string> {
  try {
    await readImportFile(file);
  } catch (error) {
    if (error instanceof BadRequestException) return error.message;
    throw error;
  }
  throw new Error('read without complaint');
}

const HEADER = '所属村（社区）,地址,隐患描述';

describe(readImportFile.name, () => {
  it('numbers CSV rows by the line they start on, the header being line 1', async () => {
    const file = `\ufeff${HEADER}\r\n太白社区,太白路1号,"first\r\nsecond\nthird"\r\n\r\n,,\r\n高笋塘社区,太白路2号,x\r\n`;
    const sheet = await readImportFile(Buffer.from(file, 'utf8'));
    expect(sheet).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    expect(sheet.rows.map((r) => r.line)).toEqual([1, 2, 6, 7]);
    expect(sheet.rows[1].cells).toEqual(['太白社区', '太白路1号', 'first\nsecond\nthird']);
  });

  it('reads CSV in UTF-8 without BOM, GBK as Chinese Excel saves it, and UTF-16 tab-separated text', async () => {
    const text = `${HEADER}\r\n太白社区,万州区太白路128号,楼道内堆放杂物\r\n`;
    const utf8 = await readImportFile(Buffer.from(text, 'utf8'));
    expect(utf8.encoding).toBe('utf-8');
    const gbk = await readImportFile(encode(text, 'gbk'));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.rows[1].cells).toEqual(['太白社区', '万州区太白路128号', '楼道内堆放杂物']);
    const unicodeText = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.replace(/,/g, '\t'), 'utf16le'),
    ]);
    const utf16 = await readImportFile(unicodeText);
    expect(utf16.encoding).toBe('utf-16le');
    expect(utf16.rows[1].cells).toEqual(gbk.rows[1].cells);
  });

  it('reads the first visible sheet of an XLSX (or 隐患台账), with numbers and dates as cells', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('选项', { state: 'hidden' }).addRow(['隐患类别']);
    workbook.addWorksheet('说明').addRow(['说明']);
    const sheet = workbook.addWorksheet('隐患台账');
    sheet.addRow(['太白街道消防安全隐患台账']);
    sheet.addRow([]);
    sheet.addRow(['发现日期', '地址', '纬度', '隐患描述']);
    sheet.addRow([
      new Date(Date.UTC(2023, 11, 1, 10)),
      '太白路1号',
      30.81,
      { richText: [{ text: '堆放' }, { text: '杂物' }] },
    ]);
    sheet.getCell('A4').numFmt = 'yyyy-mm-dd hh:mm';
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = await readImportFile(file);
    expect(read).toMatchObject({ format: 'xlsx', encoding: null });
    expect(read.rows.map((r) => r.line)).toEqual([1, 3, 4]);
    expect(read.rows[2].cells).toEqual([
      new Date(Date.UTC(2023, 11, 1, 10)),
      '太白路1号',
      30.81,
      '堆放杂物',
    ]);
  });

  it('refuses what it cannot read, saying what to do', async () => {
    expect(await messageOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toMatch(
      /旧版 Excel 文件（\.xls）/,
    );
    expect(await messageOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(
      /无法读取该 XLSX 文件/,
    );
    expect(await messageOf(Buffer.from(`${HEADER}\n"unclosed\n`))).toMatch(/^不是有效的 CSV 文件/);
    expect(await messageOf(Buffer.from([0x81, 0x30, 0xff, 0xfe, 0x00, 0x80]))).toMatch(
      /无法识别文件的编码/,
    );
  });
});
