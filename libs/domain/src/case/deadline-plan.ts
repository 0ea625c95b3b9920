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
  | 'notice'
  | 'service'
  | 'rectification'
  | 'interim_measures'
  | 'reinspection'
  | 'interview'
  | 'commitment'
  | 'extension'
  | 'criticism_and_referral'
  | 'lapse_escalation'
  /** Recounting a live clock after its year's statutory calendar was loaded. */
  | `recount:${string}`;

/**
 * A computed deadline, with how it was counted (the planner echoes its request) and, when it was
 * counted through a year whose statutory schedule is not loaded, why it is provisional.
 */
export interface PlannedDeadline {
  readonly dueAt: string;
  readonly basis?: { readonly from: string; readonly rule: DeadlineRule };
  readonly provisional?: { readonly reason: string; readonly years: readonly number[] };
}

/**
 * Computed deadlines, by key. Histories recorded before provisional deadlines existed answer with
 * bare ISO instants; both forms are read alike.
 */
export type PlannedDeadlines = Partial<Readonly<Record<DeadlineKey, PlannedDeadline | string>>>;

/** A planned deadline as a deadline record keeps it. */
export type Deadline = PlannedDeadline;

export function plannedDeadline(planned: PlannedDeadlines, key: DeadlineKey): PlannedDeadline {
  const answer = planned[key];
  if (answer === undefined) throw new Error(`deadline "${key}" was not planned`);
  return typeof answer === 'string' ? { dueAt: answer } : answer;
}

export function deadlinesOf(planned: PlannedDeadlines): (key: DeadlineKey) => Deadline {
  return (key) => plannedDeadline(planned, key);
}
