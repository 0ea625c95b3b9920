import type { CaseState } from './case-state';

/** Something a person must do on a case by a date: what queues and the ledger show. */
export interface Obligation {
  readonly kind: string;
  readonly dueAt?: string;
  readonly owner: 'officer' | 'supervisor' | 'responsible_party';
  readonly description: string;
}

/** The open obligations of a case, earliest due first. */
export function openObligations(state: CaseState): Obligation[] {
  const list: Obligation[] = [];
  const active = state.status === 'rectifying' || state.status === 'awaiting_reinspection';
  switch (state.status) {
    case 'awaiting_notice':
      list.push({
        kind: 'issue_notice',
        owner: 'officer',
        description: 'issue the rectification notice (整改通知书)',
      });
      break;
    case 'awaiting_service':
      list.push({
        kind: 'serve_notice',
        dueAt: state.notice?.serviceDueAt,
        owner: 'officer',
        description: 'serve the notice (送达)',
      });
      break;
    case 'rectifying':
      list.push({
        kind: 'rectify',
        dueAt: state.deadlineAt,
        owner: 'responsible_party',
        description: 'rectify the hazard (整改)',
      });
      break;
    case 'awaiting_reinspection':
      list.push({
        kind: 'reinspect',
        dueAt: state.reinspectionDueAt,
        owner: 'officer',
        description: 're-inspect (复查)',
      });
      break;
    case 'rectified':
      list.push({ kind: 'close', owner: 'supervisor', description: 'close the case (销号)' });
      break;
    case 'closed':
    case 'voided':
      return [];
  }
  if (active && state.interim?.required && !state.interim.measures) {
    list.push({
      kind: 'record_interim_measures',
      dueAt: state.interim.dueAt,
      owner: 'officer',
      description: 'record interim safeguards (临时防范措施)',
    });
  }
  if (active && state.interim?.measures) {
    list.push({
      kind: 'patrol',
      dueAt: state.interim.nextPatrolDueAt,
      owner: 'officer',
      description: 'patrol the interim safeguards',
    });
  }
  if (active && state.extensions.some((e) => !e.granted && !e.rejected)) {
    list.push({
      kind: 'decide_extension',
      owner: 'supervisor',
      description: 'decide the extension request (延期)',
    });
  }
  for (const rung of state.rungs) {
    if (!rung.completed) {
      list.push({
        kind: rung.kind,
        dueAt: rung.dueAt,
        owner: 'supervisor',
        description: `escalation: ${rung.kind}`,
      });
    }
  }
  return list.sort(
    (a, b) =>
      (a.dueAt ? Date.parse(a.dueAt) : Infinity) - (b.dueAt ? Date.parse(b.dueAt) : Infinity),
  );
}

/** The earliest date anyone owes something on the case. */
export function nextDue(state: CaseState): Obligation | undefined {
  return openObligations(state).find((o) => o.dueAt !== undefined);
}
