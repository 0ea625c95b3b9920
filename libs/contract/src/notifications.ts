/** 每日待办: the daily digest, run by a Temporal Schedule at 08:30 China time. */
export const DAILY_DIGEST_WORKFLOW = 'dailyDigestWorkflow';
export const DAILY_DIGEST_SCHEDULE_ID = 'firecase-daily-digest';
export const DAILY_DIGEST_WORKFLOW_ID = 'firecase-daily-digest-run';

export interface DailyDigestResult {
  /** The China date the digest is for. */
  readonly date: string;
  /** false on a weekend or public holiday (statutory calendar): nothing is sent. */
  readonly workingDay: boolean;
  /** Digests newly queued (one per officer or supervisor with something on their list; 0 on a rerun). */
  readonly queued: number;
}

/** Activities of the digest workflow; the workflow imports this interface as a type only. */
export interface DigestActivities {
  queueDailyDigests(input: { readonly at: string }): Promise<DailyDigestResult>;
}
