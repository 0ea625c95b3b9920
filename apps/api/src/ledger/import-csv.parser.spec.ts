import { BadRequestException } from '@nestjs/common';
import { IMPORT_COLUMNS, REQUIRED_IMPORT_COLUMNS } from './import-columns';
import { MAX_IMPORT_ROWS, parseImportCsv } from './import-csv.parser';

const header = REQUIRED_IMPORT_COLUMNS.join(',');
const cells = (community: string) =>
  REQUIRED_IMPORT_COLUMNS.map((c) => (c === 'community' ? community : c)).join(',');

function messageOf(file: string | Buffer): string {
  try {
    parseImportCsv(Buffer.isBuffer(file) ? file : Buffer.from(file, 'utf8'));
  } catch (error) {
    if (error instanceof BadRequestException) return error.message;
    throw error;
  }
  throw new Error('parsed without complaint');
}

describe(parseImportCsv.name, () => {
  it('numbers rows by the line they start on, the header being line 1', () => {
    const description = REQUIRED_IMPORT_COLUMNS.indexOf('description');
    const multiLine = REQUIRED_IMPORT_COLUMNS.map((c, i) =>
      i === description ? '"first\r\nsecond\nthird"' : c,
    ).join(',');
    const file = `\ufeff${header}\r\n${cells('太白')}\r\n${multiLine}\r\n\r\n,,,,,,,,\r\n${cells('高笋塘')}\r\n`;
    const records = parseImportCsv(Buffer.from(file, 'utf8'));
    expect(records.map((r) => r.line)).toEqual([2, 3, 8]);
    expect(records[0]).toEqual({ line: 2, cells: expect.objectContaining({ community: '太白' }) });
    expect(records[1]).toMatchObject({ cells: { description: 'first\nsecond\nthird' } });
  });

  it('takes the optional columns in any order and reports a row of the wrong width alone', () => {
    const file = `discoveredAt,${IMPORT_COLUMNS.filter((c) => c !== 'discoveredAt').join(',')}\na,b\n`;
    expect(parseImportCsv(Buffer.from(file))).toEqual([
      { line: 2, problem: 'the row has 2 fields where the header has 16' },
    ]);
  });

  it('refuses a header that lacks, repeats or invents columns, naming them', () => {
    expect(messageOf('community,grid\n')).toMatch(
      /^missing columns: address, category, hazardType, description, severity, responsibleParty, department, discoveredAt \(the columns are/,
    );
    expect(messageOf(`${header},grid,grid,序号\n`)).toMatch(
      /unknown columns: "序号"; repeated columns: grid/,
    );
    expect(messageOf('')).toMatch(/empty/);
  });

  it('refuses text that is not UTF-8 or not CSV, and more rows than an import takes', () => {
    expect(messageOf(Buffer.from([0xcc, 0xab, 0xb0, 0xd7]))).toMatch(/not UTF-8/);
    expect(messageOf(`${header}\n"unclosed\n`)).toMatch(/not valid CSV/);
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => cells('x')).join('\n');
    expect(messageOf(`${header}\n${rows}\n`)).toMatch(/at most 5000/);
  });
});
