// The console's words for codes come from ONE module, @firecase/domain's labels (zh-cn.ts),
// which the API's exports, documents and notifications use too. This file only adds the
// shapes antd wants (select options, value enums); it holds no label of its own.
import {
  CAMPAIGN_CATEGORIES,
  DEPARTMENTS,
  HAZARD_TYPES,
  labelOf,
  ROLE_LABELS,
  SERVICE_METHOD_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '@firecase/domain';

export {
  ACCESS_ACTION_LABELS,
  ADMIN_ACTION_LABELS,
  API_ERROR_CODE_LABELS,
  AUDIT_CHAIN_PROBLEM_LABELS,
  AUDIENCE_LABELS,
  CAMPAIGN_ERROR_CODE_LABELS,
  CAMPAIGN_EVENT_TYPE_LABELS,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STEP_LABELS,
  CASE_ACTION_LABELS,
  KEY_PERIOD_CALL_LABELS,
  LAG_KIND_LABELS,
  PLACE_TYPE_LABELS,
  REPORT_KIND_LABELS,
  SUPERVISION_ERROR_CODE_LABELS,
  SUPERVISION_EVENT_TYPE_LABELS,
  SUPERVISION_RUNG_LABELS,
  SUPERVISION_STATUS_LABELS,
  SWEEP_TASK_STATUS_LABELS,
  UNIT_KIND_LABELS,
  DUE_COLOUR_LABELS,
  FIELD_PROBLEM_LABELS,
  DEADLINE_KIND_LABELS,
  ERROR_CODE_LABELS,
  EVENT_TYPE_LABELS,
  OBLIGATION_LABELS,
  PROVISIONAL_DEADLINE_LABEL,
  provisionalYearsLabel,
  ROLE_LABELS,
  RUNG_LABELS,
  SERVICE_METHOD_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  categoryLabel,
  departmentLabel,
  hazardTypeLabel,
} from '@firecase/domain';

export interface Option {
  readonly value: string;
  readonly label: string;
}

const optionsOf = (table: Readonly<Record<string, string>>): Option[] =>
  Object.entries(table).map(([value, label]) => ({ value, label }));

export const STATUS_OPTIONS = optionsOf(STATUS_LABELS);
export const SEVERITY_OPTIONS = optionsOf(SEVERITY_LABELS);
export const SERVICE_METHOD_OPTIONS = optionsOf(SERVICE_METHOD_LABELS);
export const ROLE_OPTIONS = optionsOf(
  Object.fromEntries(Object.entries(ROLE_LABELS).filter(([role]) => role !== 'system')),
);
export const CATEGORY_OPTIONS: Option[] = CAMPAIGN_CATEGORIES.map((c) => ({
  value: c.code,
  label: c.nameZh,
}));
export const DEPARTMENT_OPTIONS: Option[] = DEPARTMENTS.map((d) => ({
  value: d.code,
  label: d.nameZh,
}));

export function hazardTypeOptions(category: string | undefined): Option[] {
  return HAZARD_TYPES.filter((t) => t.category === category).map((t) => ({
    value: t.code,
    label: t.nameZh,
  }));
}

export { labelOf };
