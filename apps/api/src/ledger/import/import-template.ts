import { type Borders, type DataValidation, Workbook, type Worksheet } from 'exceljs';
import { CAMPAIGN_CATEGORIES, DEPARTMENTS, HAZARD_TYPES, SEVERITY_LABELS } from '@firecase/domain';
import type { CommunityRecord } from '@firecase/persistence';
import { headerOf, type ImportField, REQUIRED_IMPORT_FIELDS } from './import-fields';

export const TEMPLATE_SHEET = '隐患登记';
export const OPTIONS_SHEET = '选项';
/** Rows of the data sheet that carry the drop-downs. */
export const TEMPLATE_ROWS = 5000;

interface TemplateColumn {
  readonly field: ImportField;
  readonly width: number;
  readonly prompt: string;
}

/** The columns of the template, in the office's order; the import reads them back. */
const COLUMNS: readonly TemplateColumn[] = [
  {
    field: 'discoveredAt',
    width: 17,
    prompt: '例如 2023-12-01 10:00、2023/12/1 或 2023年12月1日（北京时间）',
  },
  { field: 'community', width: 14, prompt: '从下拉列表中选择' },
  { field: 'grid', width: 10, prompt: '所属村（社区）的网格，填名称或编号' },
  { field: 'building', width: 18, prompt: '隐患所在的场所或单位，如某小区3号楼' },
  { field: 'address', width: 24, prompt: '详细地址，如万州区太白路128号' },
  { field: 'category', width: 16, prompt: '从下拉列表中选择' },
  { field: 'hazardType', width: 24, prompt: '先选隐患类别，再从下拉列表中选择该类别的隐患类型' },
  { field: 'description', width: 30, prompt: '隐患的具体情况' },
  { field: 'severity', width: 10, prompt: '一般隐患或重大隐患' },
  { field: 'responsibleParty', width: 22, prompt: '负责整改的单位或个人' },
  { field: 'contactAndPhone', width: 20, prompt: '如：刘洋 13800138000' },
  { field: 'head', width: 12, prompt: '约谈时通知的单位负责人' },
  { field: 'department', width: 14, prompt: '从下拉列表中选择' },
  { field: 'latitude', width: 10, prompt: '可不填，如 30.81' },
  { field: 'longitude', width: 10, prompt: '可不填，如 108.41' },
];

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/**
 * The import template (隐患登记导入模板): the import's columns with drop-down lists (data
 * validation) of the catalogue's categories, hazard types (those of the chosen category), the
 * severities, the departments and the organisation's communities, kept on a hidden sheet 选项;
 * and a sheet of instructions.
 */
export async function importTemplate(communities: readonly CommunityRecord[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'firecase';
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const options = workbook.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });
  const lists = fillOptions(options, communities);
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  const header = sheet.getRow(1);
  COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = headerOf(column.field);
    const required = REQUIRED_IMPORT_FIELDS.includes(column.field);
    cell.style = {
      font: { bold: true, color: { argb: required ? 'FFC00000' : 'FF000000' } },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
      border: THIN,
    };
  });
  header.height = 28;
  COLUMNS.forEach((column, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    if (column.field === 'discoveredAt') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
    const list = lists[column.field];
    const validation: DataValidation = list
      ? {
          type: 'list',
          allowBlank: true,
          formulae: [list(letter)],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: '输入有误',
          error: '请从下拉列表中选择',
          showInputMessage: true,
          promptTitle: headerOf(column.field),
          prompt: column.prompt,
        }
      : {
          // exceljs's 'any' (OOXML's default, no type attribute): a prompt, no restriction.
          type: 'any' as DataValidation['type'],
          allowBlank: true,
          formulae: [],
          showInputMessage: true,
          promptTitle: headerOf(column.field),
          prompt: column.prompt,
        };
    validationsOf(sheet).add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, validation);
  });
  addInstructions(workbook, communities);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs keeps range validations here; its type declarations leave the property out. */
function validationsOf(sheet: Worksheet): { add(range: string, validation: DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } })
    .dataValidations;
}

type ListFormula = (ownLetter: string) => string;

/**
 * The hidden sheet of choices: A categories, B hazard types grouped by category with C the
 * category of each, D severities, E departments, F communities. Answers the list formula of
 * each column that has one.
 */
function fillOptions(
  options: Worksheet,
  communities: readonly CommunityRecord[],
): Partial<Record<ImportField, ListFormula>> {
  const types = CAMPAIGN_CATEGORIES.flatMap((category) =>
    HAZARD_TYPES.filter((t) => t.category === category.code).map((t) => [
      t.nameZh,
      category.nameZh,
    ]),
  );
  const columns: [string, string[]][] = [
    ['隐患类别', CAMPAIGN_CATEGORIES.map((c) => c.nameZh)],
    ['隐患类型', types.map(([type]) => type)],
    ['所属类别', types.map(([, category]) => category)],
    ['隐患等级', [SEVERITY_LABELS.general, SEVERITY_LABELS.major]],
    ['责任科室', DEPARTMENTS.map((d) => d.nameZh)],
    ['所属村（社区）', communities.map((c) => c.name)],
  ];
  columns.forEach(([title, values], i) => {
    options.getCell(1, i + 1).value = title;
    values.forEach((value, row) => {
      options.getCell(row + 2, i + 1).value = value;
    });
  });
  const range = (letter: string, count: number) =>
    `'${OPTIONS_SHEET}'!$${letter}$2:$${letter}$${count + 1}`;
  const categoryLetter = letterOf('category');
  const typeRange = range('B', types.length);
  const categoryOfType = range('C', types.length);
  return {
    category: () => range('A', CAMPAIGN_CATEGORIES.length),
    // The types of the category chosen in the same row; all of them while none is chosen.
    hazardType: () =>
      `IF($${categoryLetter}2="",${typeRange},OFFSET('${OPTIONS_SHEET}'!$B$1,MATCH($${categoryLetter}2,${categoryOfType},0),0,COUNTIF(${categoryOfType},$${categoryLetter}2),1))`,
    severity: () => range('D', 2),
    department: () => range('E', DEPARTMENTS.length),
    ...(communities.length > 0 ? { community: () => range('F', communities.length) } : {}),
  };
}

function letterOf(field: ImportField): string {
  return String.fromCharCode(65 + COLUMNS.findIndex((column) => column.field === field));
}

function addInstructions(workbook: Workbook, communities: readonly CommunityRecord[]): void {
  const sheet = workbook.addWorksheet('填写说明');
  sheet.getColumn(1).width = 110;
  const lines = [
    '隐患登记导入模板：填写说明',
    '',
    `1. 在“${TEMPLATE_SHEET}”工作表中每行填写一处隐患，表头不要改动；红色表头为必填项。`,
    '2. 所属村（社区）、隐患类别、隐患类型、隐患等级、责任科室请从下拉列表中选择；先选隐患类别，隐患类型的下拉列表只列出该类别的类型。',
    '3. 发现日期可写成 2023-12-01、2023/12/1 10:00 或 2023年12月1日，均按北京时间；只写日期时按当日 0 时。',
    '4. 网格填所属村（社区）下的网格名称或编号；联系人及电话写成“刘洋 13800138000”。',
    '5. 也可以导入系统导出的隐患台账（XLSX 或 CSV）：整改状态、整改期限等由系统计算的列会被忽略，已在台账中的隐患编号不会重复登记。',
    '6. 同一文件重复导入不会重复登记；有问题的行会在导入结果中按行号和列名列出，改正后重新导入即可。',
    '7. 也可另存为 CSV（UTF-8 或 GBK 编码均可）后导入；一次最多导入 5000 行。',
    '',
    communities.length > 0
      ? `本模板的村（社区）：${communities.map((c) => c.name).join('、')}`
      : '组织机构中还没有村（社区）：请先由系统管理员添加。',
  ];
  lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
}
