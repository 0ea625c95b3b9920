import type { StatutoryYearLoaded } from '@firecase/domain';

/**
 * After a year of the statutory calendar is loaded, one workflow finds every running case with a
 * deadline waiting for that year and signals it to recount. A workflow, so that the fan-out
 * survives restarts and each case is told exactly once per load.
 */
export const STATUTORY_YEAR_RECOUNT_WORKFLOW = 'statutoryYearRecountWorkflow';

export interface StatutoryYearRecountInput extends StatutoryYearLoaded {
  readonly loadId: string;
  /** Where a continued run resumes (case numbers are listed in order). */
  readonly after?: string;
  /** Which pass this is: a second pass catches cases projected during the first. */
  readonly pass?: number;
}

export interface StatutoryYearRecountResult {
  readonly signalled: number;
}

export function statutoryYearRecountWorkflowId(year: number, loadId: string): string {
  return `statutory-year-${year}-${loadId}`;
}

export interface CalendarActivities {
  /** Open cases whose read model says a deadline waits for `year`, after `after`, in order. */
  casesWaitingForYear(year: number, after: string, limit: number): Promise<string[]>;
}
