/**
 * The office's own units (单位), which campaigns task and 督导考核 supervises: villages and
 * communities (村/社区, one table in the organisation) and departments (科室).
 */
export const UNIT_KINDS = ['community', 'department'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface UnitRef {
  readonly kind: UnitKind;
  readonly code: string;
}

export interface Unit extends UnitRef {
  /** As users know it, e.g. 太白社区 or 应急办. */
  readonly name: string;
}

/** Every unit a campaign can reach, as the organisation lists them when a step fires. */
export interface UnitDirectory {
  readonly departments: readonly Unit[];
  readonly communities: readonly Unit[];
}

/** 'community:太白社区'-style key: one per unit, stable across renames of its display name. */
export function unitKey(unit: UnitRef): string {
  return `${unit.kind}:${unit.code}`;
}

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}

/** The ledger's terms for a unit: which column of a case names it. */
export function caseMatchesUnit(
  unit: UnitRef,
  subject: { readonly department: string; readonly community: string },
): boolean {
  return unit.kind === 'department'
    ? subject.department === unit.code
    : subject.community === unit.code;
}
