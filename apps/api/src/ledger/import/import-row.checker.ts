import { createHash } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { departmentLabel } from '@firecase/domain';
import { OpenCaseDto } from '../../cases/dto/open-case.dto';
import { stableJson } from '../../cases/stable-json';
import type { OrganisationLookup } from '../organisation-names';
import { parseChinaInstant } from './import-dates';
import { headerOf, type ImportField } from './import-fields';
import type { ImportCellValue, RawRow } from './import-file.reader';
import { type ColumnBinding, textOf } from './import-header';
import {
  constraintProblems,
  type FieldConstraintProblem,
  inChinese,
  type RowProblem,
} from './import-problems';
import {
  categoryOf,
  categoryOfHazardType,
  type CodeOf,
  hazardTypeOf,
  severityOf,
} from './import-values';

/** What a row needs to know beyond itself: the organisation, and who imports it. */
export interface RowContext {
  readonly organisation: OrganisationLookup;
  readonly departmentOf: (text: string) => CodeOf;
  /** Whether the importer may open cases for this department; why not, if not. */
  readonly mayOpenFor: (department: string) => string | undefined;
}

export type CheckedRow =
  | {
      readonly kind: 'good';
      readonly body: Record<string, unknown>;
      readonly idempotencyKey: string;
    }
  | { readonly kind: 'rejected'; readonly problems: readonly RowProblem[] };

/**
 * Reads a row as the body of POST /cases: office names become codes (隐患类别, 隐患等级, 责任科室,
 * the community and grid of the organisation), dates are read as Beijing time, and the body is
 * checked by the rules of POST /cases (the same DTO and validator options as the global
 * ValidationPipe). Every problem is named by the column as the file named it. The
 * Idempotency-Key comes from the body, so importing the same row again finds the case the first
 * import opened, whether the file wrote 重大隐患 or major.
 */
export async function checkImportRow(
  row: RawRow,
  bindings: readonly ColumnBinding[],
  context: RowContext,
): Promise<CheckedRow> {
  const cells = new Cells(row, bindings);
  const mapped = mapRow(cells, context);
  const body = openCaseBody(cells, mapped.values);
  const dto = plainToInstance(OpenCaseDto, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  const problems = new Map<ImportField | 'row', string[]>(mapped.problems);
  for (const { field, constraint, message } of mostTelling(constraintProblems(errors))) {
    // A column whose value could not be read at all is reported once, for that.
    if (mapped.problems.has(field as ImportField)) continue;
    // A type cannot belong to a category that could not be read.
    if (field === 'hazardType' && mapped.problems.has('category')) continue;
    const owner = field === 'row' ? 'row' : cells.ownerOf(field);
    const column = owner === 'row' ? '该行' : cells.columnOf(owner);
    problems.set(owner, [...(problems.get(owner) ?? []), inChinese(column, constraint, message)]);
  }
  if (problems.size > 0) {
    return {
      kind: 'rejected',
      problems: [...problems].map(([field, list]) => ({
        field,
        column: field === 'row' ? null : cells.columnOf(field),
        problems: list,
      })),
    };
  }
  const digest = createHash('sha256').update(stableJson(body)).digest('hex');
  return { kind: 'good', body, idempotencyKey: `import:${digest}` };
}

/** Of a blank value's findings (empty, not text, too long…) only "cannot be blank" tells anything. */
function mostTelling(problems: readonly FieldConstraintProblem[]): FieldConstraintProblem[] {
  const blank = new Set(problems.filter((p) => p.constraint === 'isNotEmpty').map((p) => p.field));
  return problems.filter((p) => !blank.has(p.field) || p.constraint === 'isNotEmpty');
}

/** The row's cells by field, through the file's header. */
class Cells {
  private readonly byField = new Map<ImportField, ColumnBinding>();

  constructor(
    private readonly row: RawRow,
    bindings: readonly ColumnBinding[],
  ) {
    for (const binding of bindings) this.byField.set(binding.field, binding);
  }

  raw(field: ImportField): ImportCellValue {
    const binding = this.byField.get(field);
    return binding === undefined ? null : (this.row.cells[binding.index] ?? null);
  }

  /** Trimmed text; blank is undefined, as an absent field of POST /cases. */
  text(field: ImportField): string | undefined {
    return textOf(this.raw(field)) || undefined;
  }

  has(field: ImportField): boolean {
    return this.byField.has(field);
  }

  /** The column the file wrote the field in (联系人 may live in 联系人及电话). */
  ownerOf(field: ImportField): ImportField {
    if ((field === 'contactPerson' || field === 'phone') && this.has('contactAndPhone')) {
      return 'contactAndPhone';
    }
    return field;
  }

  columnOf(field: ImportField | 'row'): string {
    if (field === 'row') return '该行';
    return this.byField.get(field)?.header ?? headerOf(field);
  }
}

interface MappedRow {
  /** Codes and instants in place of the office's words, for the fields that have them. */
  readonly values: Partial<Record<ImportField, string>>;
  readonly problems: ReadonlyMap<ImportField, string[]>;
}

function mapRow(cells: Cells, context: RowContext): MappedRow {
  const values: Partial<Record<ImportField, string>> = {};
  const problems = new Map<ImportField, string[]>();
  const take = (field: ImportField, result: CodeOf | undefined) => {
    if (result === undefined) return;
    if ('code' in result) values[field] = result.code;
    else problems.set(field, [`${cells.columnOf(field)}：${result.problem}`]);
  };

  const communityText = cells.text('community');
  const community =
    communityText === undefined ? undefined : context.organisation.findCommunity(communityText);
  if (communityText !== undefined) {
    take(
      'community',
      community
        ? { code: community.code }
        : { problem: `「${communityText}」不在组织机构的村（社区）中` },
    );
  }
  const gridText = cells.text('grid');
  if (gridText !== undefined && community) {
    const grid = context.organisation.findGrid(community, gridText);
    take(
      'grid',
      grid ? { code: grid.code } : { problem: `「${gridText}」不是${community.name}的网格` },
    );
  }

  const categoryText = cells.text('category');
  if (categoryText !== undefined) take('category', categoryOf(categoryText));
  const typeText = cells.text('hazardType');
  if (typeText !== undefined) take('hazardType', hazardTypeOf(typeText, values.category));
  if (categoryText === undefined && values.hazardType !== undefined) {
    values.category = categoryOfHazardType(values.hazardType);
  }
  const severityText = cells.text('severity');
  if (severityText !== undefined) take('severity', severityOf(severityText));

  const departmentText = cells.text('department');
  if (departmentText !== undefined) {
    const department = context.departmentOf(departmentText);
    const refusal = 'code' in department ? context.mayOpenFor(department.code) : undefined;
    take('department', refusal === undefined ? department : { problem: refusal });
  }

  const discovered = parseChinaInstant(cells.raw('discoveredAt'));
  if (discovered !== undefined) {
    take('discoveredAt', 'iso' in discovered ? { code: discovered.iso } : discovered);
  }
  return { values, problems };
}

/** The body POST /cases would get for the row: blank cells are absent, text is trimmed. */
function openCaseBody(
  cells: Cells,
  mapped: Partial<Record<ImportField, string>>,
): Record<string, unknown> {
  const value = (field: ImportField) => (field in mapped ? mapped[field] : cells.text(field));
  // A number where one parses; the validator refuses what does not (NaN, or the text itself).
  const number = (field: ImportField) => {
    const raw = cells.raw(field);
    if (typeof raw === 'number') return raw;
    const text = cells.text(field);
    return text === undefined ? undefined : Number(text);
  };
  const latitude = number('latitude');
  const longitude = number('longitude');
  const contact = cells.has('contactAndPhone')
    ? splitContact(cells.text('contactAndPhone'))
    : { contactPerson: cells.text('contactPerson'), phone: cells.text('phone') };
  return withoutUndefined({
    location: withoutUndefined({
      community: value('community'),
      grid: value('grid'),
      building: cells.text('building'),
      address: cells.text('address'),
      coordinates:
        latitude === undefined && longitude === undefined
          ? undefined
          : withoutUndefined({ latitude, longitude }),
    }),
    category: value('category'),
    hazardType: value('hazardType'),
    description: cells.text('description'),
    severity: value('severity'),
    responsibleParty: withoutUndefined({
      name: cells.text('responsibleParty'),
      contactPerson: contact.contactPerson,
      phone: contact.phone,
      head: cells.text('head'),
    }),
    department: value('department'),
    discoveredAt: value('discoveredAt'),
  });
}

/**
 * 联系人及电话 as offices write it: "刘洋 13800138000", "刘洋/023-58001234", "刘洋（13800138000）",
 * or just one of the two. The phone is the trailing run of digits, spaces, dashes and brackets
 * (a leading plus allowed) with at least five digits in it.
 */
export function splitContact(text: string | undefined): {
  contactPerson?: string;
  phone?: string;
} {
  if (text === undefined) return {};
  if (text.length > 200) return { contactPerson: text }; // too long for either: the rules say so
  const match = /^(.*?)[\s,，、/:：(（]*(\+?[\d(（][\d\s\-()（）]{4,})$/.exec(text);
  if (!match || (match[2].match(/\d/g) ?? []).length < 5) return { contactPerson: text };
  const phone = match[2].replace(/^[\s(（]+|[\s)）]+$/g, '').trim();
  const person = match[1].replace(/[\s,，、/:：(（]+$/, '').trim();
  return { contactPerson: person || undefined, phone };
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** Why the importer may not open a case for this department, in their words. */
export function ownDepartmentOnly(departmentCode: string | null): string {
  return departmentCode
    ? `只能登记本科室（${departmentLabel(departmentCode)}）的隐患`
    : '您的角色不能登记隐患';
}
