import {
  categoryLabel,
  departmentLabel,
  formatChinaDateTime,
  LEDGER_FIELD_LABELS,
  labelOf,
  SEVERITY_LABELS,
  STATUS_LABELS,
  yesNoLabel,
} from '@firecase/domain';
import type { LedgerFilterQuery } from '../cases/dto/list-cases.query';
import type { OrganisationNames } from './office-ledger.layout';

/** The filters of an export in words, for the line under the title: 筛选条件：整改状态：整改中；… */
export function describeFilters(filter: LedgerFilterQuery, names: OrganisationNames): string {
  const label = LEDGER_FIELD_LABELS;
  const parts: [string, string | undefined][] = [
    [label.status, filter.status && labelOf(STATUS_LABELS, filter.status)],
    [label.category, filter.category && categoryLabel(filter.category)],
    [label.severity, filter.severity && labelOf(SEVERITY_LABELS, filter.severity)],
    [label.department, filter.department && departmentLabel(filter.department)],
    [label.community, filter.community && names.community(filter.community)],
    [label.grid, filter.grid],
    [label.overdue, filter.overdue === undefined ? undefined : yesNoLabel(filter.overdue)],
    ['办理期限早于', filter.dueBefore && formatChinaDateTime(filter.dueBefore)],
    ['办理期限不早于', filter.dueAfter && formatChinaDateTime(filter.dueAfter)],
    ['关键字', filter.q],
  ];
  const chosen = parts.filter(([, value]) => value).map(([name, value]) => `${name}：${value}`);
  return chosen.length > 0 ? `筛选条件：${chosen.join('；')}` : '筛选条件：全部';
}
