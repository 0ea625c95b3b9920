import type { ValidationError } from 'class-validator';
import type { ImportField } from './import-fields';

/** What is wrong with one column of a row, named as the file named the column. */
export interface RowProblem {
  /** The field (`address`), or `row` for what concerns the whole row. */
  readonly field: ImportField | 'row';
  /** The column's header as the file wrote it (隐患类别, or category); null for `row`. */
  readonly column: string | null;
  readonly problems: readonly string[];
}

/** Where a field of POST /cases comes from in an import file. */
const IMPORT_FIELD_OF_BODY_FIELD: Readonly<Record<string, ImportField>> = {
  'location.community': 'community',
  'location.grid': 'grid',
  'location.building': 'building',
  'location.address': 'address',
  'location.coordinates': 'latitude',
  'location.coordinates.latitude': 'latitude',
  'location.coordinates.longitude': 'longitude',
  category: 'category',
  hazardType: 'hazardType',
  description: 'description',
  severity: 'severity',
  responsibleParty: 'responsibleParty',
  'responsibleParty.name': 'responsibleParty',
  'responsibleParty.contactPerson': 'contactPerson',
  'responsibleParty.phone': 'phone',
  'responsibleParty.head': 'head',
  department: 'department',
  discoveredAt: 'discoveredAt',
};

export interface FieldConstraintProblem {
  readonly field: ImportField | 'row';
  readonly constraint: string;
  readonly message: string;
}

/** The validator's findings (the rules of POST /cases), by the import field each concerns. */
export function constraintProblems(errors: readonly ValidationError[]): FieldConstraintProblem[] {
  return flatten(errors, '').map(({ path, constraint, message }) => ({
    field: IMPORT_FIELD_OF_BODY_FIELD[path] ?? 'row',
    constraint,
    message,
  }));
}

function flatten(
  errors: readonly ValidationError[],
  prefix: string,
): { path: string; constraint: string; message: string }[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      path,
      constraint,
      message,
    }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** A rule of POST /cases in words for the office, about the column `column`. */
export function inChinese(column: string, constraint: string, message: string): string {
  switch (constraint) {
    case 'isNotEmpty':
    case 'isDefined':
      return `${column}不能为空`;
    case 'maxLength':
      return `${column}不能超过 ${/(\d+)/.exec(message)?.[1] ?? ''} 个字`;
    case 'isString':
      return `${column}应为文字`;
    case 'isLatitude':
      return `${column}不是有效的纬度（-90 至 90）`;
    case 'isLongitude':
      return `${column}不是有效的经度（-180 至 180）`;
    case 'isHazardTypeOf':
      return `${column}不属于所填的隐患类别`;
    case 'isIn':
      return `${column}不是可选的值`;
    case 'isIso8601':
    case 'matches':
      return `${column}不是有效的时间`;
    default:
      return `${column}：${message}`;
  }
}
