import type { CommunityRecord } from '@firecase/persistence';
import { organisationNames } from '../organisation-names';
import type { RawRow } from './import-file.reader';
import { findHeader } from './import-header';
import { checkImportRow, type RowContext, splitContact } from './import-row.checker';
import { departmentLookup } from './import-values';

const COMMUNITIES: CommunityRecord[] = [
  { code: 'taibai', name: '太白社区', grids: [{ code: 'G-01', name: '开元路网格' }] },
  { code: 'gaosuntang', name: '高笋塘社区', grids: [] },
];

const context: RowContext = {
  organisation: organisationNames(COMMUNITIES),
  departmentOf: departmentLookup([]),
  mayOpenFor: (department) =>
    department === 'planning_environment' ? undefined : '只能登记本科室（规环办）的隐患',
};

const OFFICE = [
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
];
const CODES = [
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
  'contactPerson',
  'phone',
  'department',
];

async function check(header: string[], cells: (string | number | Date | null)[]) {
  const { bindings } = findHeader([{ line: 1, cells: header }]);
  const row: RawRow = { line: 7, cells };
  return checkImportRow(row, bindings, context);
}

describe(checkImportRow.name, () => {
  it('reads an office row into the body of POST /cases, codes for names', async () => {
    const checked = await check(OFFICE, [
      '2023年12月1日 10:00',
      '太白社区',
      '开元路网格',
      '3号楼',
      '万州区太白路128号',
      '电动车辆',
      '在楼梯间违规停放电动车',
      '楼道内停放电动车6辆',
      '一般隐患',
      '绿叶物业服务有限公司',
      '刘洋 13800138000',
      '规环办',
    ]);
    expect(checked).toEqual({
      kind: 'good',
      idempotencyKey: expect.stringMatching(/^import:[0-9a-f]{64}$/),
      body: {
        location: {
          community: 'taibai',
          grid: 'G-01',
          building: '3号楼',
          address: '万州区太白路128号',
        },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '楼道内停放电动车6辆',
        severity: 'general',
        responsibleParty: {
          name: '绿叶物业服务有限公司',
          contactPerson: '刘洋',
          phone: '13800138000',
        },
        department: 'planning_environment',
        discoveredAt: '2023-12-01T10:00:00+08:00',
      },
    });
  });

  it('gives the same row in codes the same Idempotency-Key, so neither opens it twice', async () => {
    const office = await check(OFFICE, [
      '2023/12/1 10:00',
      '太白社区',
      'G-01',
      '3号楼',
      '万州区太白路128号',
      '电动车辆',
      '在楼梯间违规停放电动车',
      '楼道内停放电动车6辆',
      '一般',
      '绿叶物业服务有限公司',
      '刘洋 13800138000',
      '规环办',
    ]);
    const codes = await check(CODES, [
      '2023-12-01T10:00:00+08:00',
      'taibai',
      'G-01',
      '3号楼',
      '万州区太白路128号',
      'electric_bike',
      'electric_bike.parked_in_stairwell',
      '楼道内停放电动车6辆',
      'general',
      '绿叶物业服务有限公司',
      '刘洋',
      '13800138000',
      'planning_environment',
    ]);
    expect(office.kind === 'good' && codes.kind === 'good').toBe(true);
    if (office.kind === 'good' && codes.kind === 'good') {
      expect(office.idempotencyKey).toBe(codes.idempotencyKey);
    }
  });

  it('names every problem by the column as the file named it, in Chinese', async () => {
    const checked = await check(OFFICE, [
      '2023-13-01',
      '新田社区',
      'G-09',
      '',
      '  ',
      '火山',
      '喷发',
      '',
      '特大',
      '绿叶物业',
      '',
      '应急办',
    ]);
    expect(checked.kind).toBe('rejected');
    const problems = checked.kind === 'rejected' ? checked.problems : [];
    expect(Object.fromEntries(problems.map((p) => [p.column, p.problems]))).toEqual({
      发现日期: [expect.stringMatching(/^发现日期：「2023-13-01」不是能识别的日期/)],
      '所属村（社区）': ['所属村（社区）：「新田社区」不在组织机构的村（社区）中'],
      隐患类别: [expect.stringMatching(/^隐患类别：「火山」不是隐患类别/)],
      隐患类型: ['隐患类型：「喷发」不是目录中的隐患类型'],
      隐患等级: ['隐患等级：「特大」不是隐患等级，可选：一般隐患、重大隐患'],
      责任科室: ['责任科室：只能登记本科室（规环办）的隐患'],
      地址: ['地址不能为空'],
      隐患描述: ['隐患描述不能为空'],
    });
    expect(problems.find((p) => p.column === '地址')?.field).toBe('address');
  });

  it('names a grid that is not the community’s, and takes the category from the hazard type', async () => {
    const header = [
      '发现日期',
      'community',
      'grid',
      '地址',
      '隐患类型',
      '隐患描述',
      '隐患等级',
      '责任单位',
      '责任科室',
    ];
    const badGrid = await check(header, [
      45261,
      '高笋塘社区',
      'G-01',
      '太白路1号',
      '消防通道被占用',
      '车辆占道',
      '重大隐患',
      '绿叶物业',
      'planning_environment',
    ]);
    expect(badGrid).toEqual({
      kind: 'rejected',
      problems: [
        { field: 'grid', column: 'grid', problems: ['grid：「G-01」不是高笋塘社区的网格'] },
      ],
    });
    const noCategory = await check(header, [
      45261,
      'gaosuntang',
      '',
      '太白路1号',
      '消防通道被占用',
      '车辆占道',
      '重大隐患',
      '绿叶物业',
      'planning_environment',
    ]);
    expect(noCategory).toMatchObject({
      kind: 'good',
      body: { category: 'high_rise', severity: 'major', discoveredAt: '2023-12-01T00:00:00+08:00' },
    });
  });
});

describe(splitContact.name, () => {
  it('splits 联系人及电话 the ways offices write it', () => {
    expect(splitContact('刘洋 023-5800-1234')).toEqual({
      contactPerson: '刘洋',
      phone: '023-5800-1234',
    });
    expect(splitContact('刘洋/13800138000')).toEqual({
      contactPerson: '刘洋',
      phone: '13800138000',
    });
    expect(splitContact('刘洋（13800138000）')).toEqual({
      contactPerson: '刘洋',
      phone: '13800138000',
    });
    expect(splitContact('13800138000')).toEqual({ contactPerson: undefined, phone: '13800138000' });
    expect(splitContact('物业前台')).toEqual({ contactPerson: '物业前台' });
    expect(splitContact(undefined)).toEqual({});
  });
});
