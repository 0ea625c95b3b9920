import { isBefore } from '../case/china-time';

/** What membership needs of a campaign: its code and period. */
export interface CampaignSpan {
  readonly code: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

/**
 * The campaign a case belongs to when registration names none: the one whose period covers its
 * discovery. When periods overlap, the one that started last (the more specific) wins; ties go
 * to the lower code so the choice never depends on the order rows come in.
 */
export function campaignCovering<T extends CampaignSpan>(
  campaigns: readonly T[],
  discoveredAt: string,
): T | undefined {
  return campaigns
    .filter((c) => !isBefore(discoveredAt, c.startsAt) && isBefore(discoveredAt, c.endsAt))
    .sort(
      (a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt) || a.code.localeCompare(b.code),
    )[0];
}
