// The evidence each timeline event rests on. Events do not carry it themselves; the records of
// the case state do, in the order the events happened (the n-th rectification_reported event
// is the n-th rectification report), so they are matched by kind and order.
import type { CaseState } from '../api/types';

type Ids = string[];
const ids = (list: readonly { readonly evidenceId: string }[] | undefined): Ids =>
  (list ?? []).map((e) => e.evidenceId);

export function evidenceByEvent(state: CaseState): Map<number, Ids> {
  const byKind: Record<string, Ids[]> = {
    case_registered: [
      [...ids(state.discovery.evidence), ...ids(state.discovery.fixedOnSpot?.evidence)],
    ],
    notice_served: [ids(state.notice?.served?.evidence)],
    interim_measures_recorded: [ids(state.interim?.measures?.evidence)],
    patrol_recorded: (state.interim?.patrols ?? []).map((p) => ids(p.evidence)),
    rectification_reported: state.rectificationReports.map((r) => ids(r.evidence)),
    reinspection: state.reinspections.map((r) => ids(r.evidence)),
    interview_held: rungEvidence(state, 'interview'),
    criticism_issued: rungEvidence(state, 'criticism'),
    referred_to_enforcement: rungEvidence(state, 'referral'),
    case_closed: [ids(state.closure?.evidence)],
  };
  const seen: Record<string, number> = {};
  const result = new Map<number, Ids>();
  for (const event of state.events) {
    const kind =
      event.type.startsWith('reinspection_') && event.type !== 'reinspection_overdue'
        ? 'reinspection'
        : event.type;
    const list = byKind[kind];
    if (!list) continue;
    const index = seen[kind] ?? 0;
    seen[kind] = index + 1;
    const found = list[index];
    if (found?.length) result.set(event.seq, found);
  }
  return result;
}

function rungEvidence(state: CaseState, kind: string): Ids[] {
  return state.rungs
    .filter((r) => r.kind === kind && r.completed)
    .map((r) => ids(r.completed?.evidence));
}
