import { createHash } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { OpenCaseDto } from '../cases/dto/open-case.dto';
import { stableJson } from '../cases/stable-json';
import { FieldValidationException } from '../errors/field-validation.exception';
import type { ImportColumn } from './import-columns';
import type { ImportCells } from './import-csv.parser';

export interface FieldProblems {
  readonly field: string;
  readonly problems: readonly string[];
}

export type CheckedRow =
  | { readonly dto: OpenCaseDto; readonly idempotencyKey: string }
  | { readonly problems: readonly FieldProblems[] };

/** Where each column lands in the body of POST /cases, and back, to name problems by column. */
const FIELD_OF_COLUMN: Record<ImportColumn, string> = {
  community: 'location.community',
  grid: 'location.grid',
  building: 'location.building',
  address: 'location.address',
  latitude: 'location.coordinates.latitude',
  longitude: 'location.coordinates.longitude',
  category: 'category',
  hazardType: 'hazardType',
  description: 'description',
  severity: 'severity',
  responsibleParty: 'responsibleParty.name',
  contactPerson: 'responsibleParty.contactPerson',
  phone: 'responsibleParty.phone',
  head: 'responsibleParty.head',
  department: 'department',
  discoveredAt: 'discoveredAt',
};

const COLUMN_OF_FIELD = new Map(
  Object.entries(FIELD_OF_COLUMN).map(([column, field]) => [field, column]),
);

/**
 * Checks a row by the rules of POST /cases (the same DTO and validator options as the global
 * ValidationPipe) and derives its Idempotency-Key from its content, so that importing the same
 * row again finds the case the first import opened.
 */
export async function checkImportRow(cells: ImportCells): Promise<CheckedRow> {
  const body = openCaseBody(cells);
  const dto = plainToInstance(OpenCaseDto, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    // Named as a 400 from POST /cases names them, then mapped back to the file's columns.
    const { fields } = new FieldValidationException(errors);
    return {
      problems: fields.map(({ field, problems }) => ({
        field: COLUMN_OF_FIELD.get(field) ?? field,
        problems,
      })),
    };
  }
  const digest = createHash('sha256').update(stableJson(body)).digest('hex');
  return { dto, idempotencyKey: `import:${digest}` };
}

/** The body POST /cases would get for the row: blank cells are absent, text is trimmed. */
function openCaseBody(cells: ImportCells): Record<string, unknown> {
  const text = (column: ImportColumn) => cells[column]?.trim() || undefined;
  // A number where one parses; the validator refuses what does not (NaN, or the text itself).
  const number = (column: ImportColumn) => {
    const value = text(column);
    return value === undefined ? undefined : Number(value);
  };
  const latitude = number('latitude');
  const longitude = number('longitude');
  return withoutUndefined({
    location: withoutUndefined({
      community: text('community'),
      grid: text('grid'),
      building: text('building'),
      address: text('address'),
      coordinates:
        latitude === undefined && longitude === undefined
          ? undefined
          : withoutUndefined({ latitude, longitude }),
    }),
    category: text('category'),
    hazardType: text('hazardType'),
    description: text('description'),
    severity: text('severity'),
    responsibleParty: withoutUndefined({
      name: text('responsibleParty'),
      contactPerson: text('contactPerson'),
      phone: text('phone'),
      head: text('head'),
    }),
    department: text('department'),
    discoveredAt: text('discoveredAt'),
  });
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
