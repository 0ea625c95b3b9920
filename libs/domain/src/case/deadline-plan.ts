import type { PolicySpan } from '../policy/case-policy';

/**
 * A deadline the workflow needs computed by the statutory calendar, outside the workflow (in an
 * activity): "N working days after this instant", "N calendar days after", or "the end of this
 * China date". The answer is an ISO instant: the end of the resulting day, China time.
 */
export type DeadlineRule = PolicySpan | { readonly endOfDate: string };

export interface DeadlineRequest {
  readonly key: DeadlineKey;
  readonly from: string;
  readonly rule: DeadlineRule;
}

export type DeadlineKey =
  | 'service'
  | 'rectification'
  | 'interim_measures'
  | 'reinspection'
  | 'interview'
  | 'commitment'
  | 'extension'
  | 'criticism_and_referral';

/** Computed deadlines, by key, as ISO instants. */
export type PlannedDeadlines = Partial<Readonly<Record<DeadlineKey, string>>>;

export function plannedDeadline(planned: PlannedDeadlines, key: DeadlineKey): string {
  const dueAt = planned[key];
  if (dueAt === undefined) throw new Error(`deadline "${key}" was not planned`);
  return dueAt;
}
