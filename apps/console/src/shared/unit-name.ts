import type { UnitView } from '../api/types';
import { labelOf, UNIT_KIND_LABELS } from './labels';

/** '应急办 · 科室', '翠屏社区 · 村（社区）': a supervised unit with its kind. */
export function unitName(unit: UnitView): string {
  return `${unit.name} · ${labelOf(UNIT_KIND_LABELS, unit.kind)}`;
}
