// The evidence each timeline event rests on: what the action cited (the workflow copies it into
// the event's detail), and for the registration the photos of the discovery and of a fix made
// on the spot.
import type { CaseEvent, CaseState } from '../api/types';

export function evidenceByEvent(state: CaseState): Map<number, string[]> {
  const result = new Map<number, string[]>();
  for (const event of state.events) {
    const ids =
      event.type === 'case_registered'
        ? [...state.discovery.evidence, ...(state.discovery.fixedOnSpot?.evidence ?? [])].map(
            (e) => e.evidenceId,
          )
        : citedEvidence(event);
    if (ids.length > 0) result.set(event.seq, ids);
  }
  return result;
}

function citedEvidence(event: CaseEvent): string[] {
  const cited = event.detail?.evidence;
  if (!Array.isArray(cited)) return [];
  return cited.flatMap((ref: unknown) =>
    typeof ref === 'object' &&
    ref !== null &&
    typeof (ref as { evidenceId?: unknown }).evidenceId === 'string'
      ? [(ref as { evidenceId: string }).evidenceId]
      : [],
  );
}
