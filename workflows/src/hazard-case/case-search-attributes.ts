import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { CaseSearchAttributes } from '@firecase/contract';
import type { CaseState, DueItemView } from '@firecase/domain';

/** The search attributes that keep a case findable in Temporal's UI and CLI. */
export function caseSearchAttributes(
  state: CaseState,
  nextDue: DueItemView | undefined,
): SearchAttributeUpdatePair[] {
  const { discovery } = state;
  return [
    { key: CaseSearchAttributes.status, value: state.status },
    { key: CaseSearchAttributes.category, value: discovery.category },
    { key: CaseSearchAttributes.severity, value: discovery.severity },
    { key: CaseSearchAttributes.department, value: discovery.department },
    { key: CaseSearchAttributes.community, value: discovery.location.community },
    { key: CaseSearchAttributes.escalationLevel, value: state.escalationLevel },
    { key: CaseSearchAttributes.overdue, value: state.overdue },
    { key: CaseSearchAttributes.nextDueAt, value: nextDue?.dueAt ? new Date(nextDue.dueAt) : null },
  ];
}
