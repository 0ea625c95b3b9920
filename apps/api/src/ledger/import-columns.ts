/** The columns of a hazard import file, one hazard (隐患) a row; see OpenCaseDto for each. */
export const IMPORT_COLUMNS = [
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
  'contactPerson',
  'phone',
  'head',
  'department',
  'discoveredAt',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns of fields POST /cases requires; the others may be left out of the file. */
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = [
  'community',
  'address',
  'category',
  'hazardType',
  'description',
  'severity',
  'responsibleParty',
  'department',
  'discoveredAt',
];

export function isImportColumn(name: string): name is ImportColumn {
  return (IMPORT_COLUMNS as readonly string[]).includes(name);
}
