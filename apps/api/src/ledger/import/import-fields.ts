import { LEDGER_FIELD_LABELS } from '@firecase/domain';
import { normalise } from '../organisation-names';

/**
 * The fields an import file may fill, one hazard (隐患) a row; see OpenCaseDto for each. A file
 * names its columns by the office's headers (所属村（社区）, 隐患类别, …) or by these codes, in
 * any order. 联系人及电话 is the office's one column for contact and phone; 隐患编号 names a case
 * the ledger already has (a re-imported export), which is then not opened again.
 */
export const IMPORT_FIELDS = [
  'caseNumber',
  'discoveredAt',
  'community',
  'grid',
  'building',
  'address',
  'latitude',
  'longitude',
  'category',
  'hazardType',
  'description',
  'severity',
  'responsibleParty',
  'contactAndPhone',
  'contactPerson',
  'phone',
  'head',
  'department',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields POST /cases requires (the category may be left blank when the hazard type names it). */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'discoveredAt',
  'community',
  'address',
  'category',
  'hazardType',
  'description',
  'severity',
  'responsibleParty',
  'department',
];

/** Other names offices give the same column; the office's own header and the code come first. */
const ALIASES: Partial<Record<ImportField, readonly string[]>> = {
  discoveredAt: ['发现时间', '检查日期', '排查日期'],
  community: ['所属村(社区)', '所属社区', '所属村', '村(社区)', '村/社区', '社区'],
  grid: ['所属网格'],
  building: ['场所名称', '单位名称', '场所'],
  address: ['详细地址', '隐患地址', '具体地址'],
  category: ['类别', '专项整治类别', '整治类别'],
  hazardType: ['类型'],
  description: ['隐患情况', '隐患内容', '存在问题', '描述'],
  severity: ['等级', '隐患级别'],
  responsibleParty: ['责任单位/责任人', '责任主体'],
  contactAndPhone: ['联系人及联系电话', '联系人/电话', '联系人电话'],
  phone: ['电话', '手机', '手机号码'],
  head: ['负责人', '单位负责人姓名'],
  department: ['科室', '牵头科室'],
};

/**
 * Columns of the exported ledger that say what the ledger computed (its status, deadlines, …):
 * read back from a re-imported export, they are ignored rather than reported unknown.
 */
const LEDGER_OUTPUT_COLUMNS: readonly string[] = [
  LEDGER_FIELD_LABELS.rowNumber,
  LEDGER_FIELD_LABELS.deadlineAt,
  LEDGER_FIELD_LABELS.status,
  LEDGER_FIELD_LABELS.reinspectedAt,
  LEDGER_FIELD_LABELS.closedAt,
  LEDGER_FIELD_LABELS.overdue,
  LEDGER_FIELD_LABELS.nextDueAt,
  LEDGER_FIELD_LABELS.nextDueKind,
  LEDGER_FIELD_LABELS.escalationLevel,
  LEDGER_FIELD_LABELS.policyVersion,
  'status',
  'deadlineAt',
  'nextDueAt',
  'nextDueKind',
  'escalationLevel',
  'overdue',
  'policyVersion',
  'closedAt',
];

/** The office's header for a field, as the template and the messages write it. */
export function headerOf(field: ImportField): string {
  return LEDGER_FIELD_LABELS[field];
}

const FIELD_BY_NAME = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const name of [headerOf(field), field, ...(ALIASES[field] ?? [])]) {
    FIELD_BY_NAME.set(headerKey(name), field);
  }
}
const OUTPUT_COLUMNS = new Set(LEDGER_OUTPUT_COLUMNS.map(headerKey));

export type HeaderMeaning =
  | { readonly kind: 'field'; readonly field: ImportField }
  | { readonly kind: 'ignored' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'blank' };

/** What a header cell names: a field, a column of the ledger's own output, or nothing known. */
export function meaningOfHeader(text: string): HeaderMeaning {
  const key = headerKey(text);
  if (key === '') return { kind: 'blank' };
  const field = FIELD_BY_NAME.get(key);
  if (field) return { kind: 'field', field };
  return OUTPUT_COLUMNS.has(key) ? { kind: 'ignored' } : { kind: 'unknown' };
}

/**
 * Headers compare without spaces, full-width forms or case, and without the marks a template
 * puts on required columns ("*地址", "地址（必填）").
 */
function headerKey(text: string): string {
  return normalise(text)
    .replace(/^\*+|\*+$/g, '')
    .replace(/\(必填\)$/, '');
}
