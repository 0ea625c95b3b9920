import { isBefore } from '../case/china-time';
import type { CampaignDefinition } from './campaign';
import { isPositiveDuration } from './duration';

/** A problem with a campaign definition, naming the field as the API's 400 does. */
export interface DefinitionProblem {
  readonly field: string;
  readonly problem: string;
}

export const CAMPAIGN_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;
export const KEY_PERIOD_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * What single-field validation cannot see: spans that end before they start, key periods
 * outside the campaign, codes used twice, a category given twice, a policy with empty spans.
 */
export function campaignDefinitionProblems(
  campaign: Omit<CampaignDefinition, 'definedBy' | 'definedAt'>,
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (field: string, problem: string) => problems.push({ field, problem });
  if (!CAMPAIGN_CODE_PATTERN.test(campaign.code)) {
    add('code', 'code must be 3–64 lower-case letters, digits or hyphens');
  }
  if (!isBefore(campaign.startsAt, campaign.endsAt)) add('end', 'end must be after start');
  const categories = new Set<string>();
  campaign.categories.forEach((assignment, index) => {
    if (categories.has(assignment.category)) {
      add(`categories[${index}].category`, `category ${assignment.category} is listed twice`);
    }
    categories.add(assignment.category);
  });
  const codes = new Set<string>();
  campaign.keyPeriods.forEach((period, index) => {
    const field = `keyPeriods[${index}]`;
    if (!KEY_PERIOD_CODE_PATTERN.test(period.code)) {
      add(`${field}.code`, 'code must be 1–40 lower-case letters, digits or hyphens');
    }
    if (codes.has(period.code)) add(`${field}.code`, `code ${period.code} is used twice`);
    codes.add(period.code);
    if (!isBefore(period.startsAt, period.endsAt)) add(`${field}.end`, 'end must be after start');
    if (isBefore(period.startsAt, campaign.startsAt) || isBefore(campaign.endsAt, period.endsAt)) {
      add(`${field}.start`, 'the key period must lie within the campaign');
    }
    if (period.calls.length === 0)
      add(`${field}.calls`, 'a key period calls for at least one step');
    if (new Set(period.calls).size !== period.calls.length) {
      add(`${field}.calls`, 'a step is listed twice');
    }
    if (period.calls.includes('sweep') && period.placeTypes.length === 0) {
      add(`${field}.placeTypes`, 'a sweep needs at least one place type');
    }
  });
  const { keyPeriods, supervision } = campaign.policy;
  if (!isPositiveDuration(keyPeriods.nightPatrolEvery)) {
    add('policy.keyPeriods.nightPatrolEvery', 'must be a positive span');
  }
  if (!isPositiveDuration(supervision.evaluateEvery)) {
    add('policy.supervision.evaluateEvery', 'must be a positive span');
  }
  if (!isPositiveDuration(supervision.rungs.responseWindow)) {
    add('policy.supervision.rungs.responseWindow', 'must be a positive span');
  }
  return problems;
}
