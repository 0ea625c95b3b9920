import type { CaseView } from '@firecase/contract';
import { provisionalYears } from '@firecase/domain';
import type { HazardCaseRow } from '@firecase/persistence';

/** Flattens a case view into its read-model row; the full view rides along as the snapshot. */
export function toHazardCaseRow(view: CaseView): HazardCaseRow {
  const { state, nextDue } = view;
  const { discovery } = state;
  return {
    caseNumber: state.caseNumber,
    revision: state.revision,
    status: state.status,
    category: discovery.category,
    hazardType: discovery.hazardType,
    severity: discovery.severity,
    department: discovery.department,
    community: discovery.location.community,
    grid: discovery.location.grid ?? null,
    address: discovery.location.address,
    responsibleParty: discovery.responsibleParty.name,
    policyVersion: state.policy.version,
    discoveredAt: discovery.discoveredAt,
    deadlineAt: state.deadlineAt ?? null,
    nextDueAt: nextDue?.dueAt ?? null,
    nextDueKind: nextDue?.kind ?? null,
    escalationLevel: state.escalationLevel,
    overdue: state.overdue,
    closedAt: state.closure?.at ?? state.voided?.at ?? null,
    provisionalYears: provisionalYears(state),
    snapshot: view,
  };
}
