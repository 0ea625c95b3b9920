import { BadRequestException } from '@nestjs/common';
import type { RawRow } from './import-file.reader';
import { findHeader } from './import-header';

const OFFICE_HEADER = [
  '序号',
  '隐患编号',
  '发现日期',
  '所属村（社区）',
  '网格',
  '场所/单位名称',
  '地址',
  '隐患类别',
  '隐患类型',
  '隐患描述',
  '隐患等级',
  '责任单位',
  '联系人及电话',
  '责任科室',
  '整改期限',
  '整改状态',
  '复查日期',
  '销号日期',
  '是否逾期',
];

const rows = (...cells: (string | null)[][]): RawRow[] =>
  cells.map((row, i) => ({ line: i + 1, cells: row }));

function messageOf(header: string[]): string {
  try {
    findHeader(rows(header));
  } catch (error) {
    if (error instanceof BadRequestException) return error.message;
    throw error;
  }
  throw new Error('read without complaint');
}

describe(findHeader.name, () => {
  it('finds the office header under a title row and reads each column, any order', () => {
    const header = findHeader(
      rows(['太白街道消防安全隐患台账', null], ['导出时间：2026-12-01 10:00', null], OFFICE_HEADER),
    );
    expect(header.line).toBe(3);
    expect(header.bindings.map((b) => b.field)).toEqual([
      'caseNumber',
      'discoveredAt',
      'community',
      'grid',
      'building',
      'address',
      'category',
      'hazardType',
      'description',
      'severity',
      'responsibleParty',
      'contactAndPhone',
      'department',
    ]);
    expect(header.columns.filter((c) => c.use === 'ignored').map((c) => c.column)).toEqual([
      '序号',
      '整改期限',
      '整改状态',
      '复查日期',
      '销号日期',
      '是否逾期',
    ]);
  });

  it('takes codes and other spellings, and reports unknown columns without refusing them', () => {
    const header = findHeader(
      rows([
        ' address ',
        'discoveredAt',
        '所属村(社区)',
        '*隐患类型',
        '隐患描述',
        '隐患等级',
        '责任单位',
        '科室',
        '备注',
        '',
      ]),
    );
    expect(header.bindings.map((b) => [b.header, b.field])).toEqual([
      ['address', 'address'],
      ['discoveredAt', 'discoveredAt'],
      ['所属村(社区)', 'community'],
      ['*隐患类型', 'hazardType'],
      ['隐患描述', 'description'],
      ['隐患等级', 'severity'],
      ['责任单位', 'responsibleParty'],
      ['科室', 'department'],
    ]);
    expect(header.columns.at(-1)).toEqual({ column: '备注', field: null, use: 'unknown' });
  });

  it('refuses a header that lacks or repeats a field, naming the columns', () => {
    expect(messageOf(['所属村（社区）', '地址', '网格'])).toMatch(
      /^缺少必填的列：发现日期、隐患类别、隐患类型、隐患描述、隐患等级、责任单位、责任科室。可用的列名：/,
    );
    const repeated = [...OFFICE_HEADER, 'address', '联系人'];
    expect(messageOf(repeated)).toMatch(
      /重复的列：「地址」与「address」都是地址；「联系人及电话」与「联系人」「联系电话」只能用一种/,
    );
    expect(messageOf(['标题', '备注'])).toMatch(/^找不到表头/);
  });
});
