import type { Actor } from '../case/actor';
import type { CampaignCategory, DepartmentCode } from '../catalogue/hazard-catalogue';
import type { CampaignPolicy } from './campaign-policy';
import type { PlaceType } from './place-types';

/** What a key period calls for; each one is a step of the campaign workflow. */
export const KEY_PERIOD_CALLS = [
  'warning', // 消防安全提示 before it, to every department and community
  'sweep', // 集中检查: a task for each community and lead department
  'night_patrol', // 夜查 reminders during it
] as const;
export type KeyPeriodCall = (typeof KEY_PERIOD_CALLS)[number];

/** 重点时段, e.g. 春节: its span (end exclusive) and what it calls for. */
export interface KeyPeriod {
  /** Unique within the campaign, e.g. 'spring-festival'; part of step and task ids. */
  readonly code: string;
  /** As the notice names it, e.g. 春节. */
  readonly name: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly calls: readonly KeyPeriodCall[];
  /** What the sweep inspects; the policy's list when the definition names none. */
  readonly placeTypes: readonly PlaceType[];
  /** What else the notice asks for in this period (专人值守, 禁放区 …), shown with the tasks. */
  readonly note?: string;
}

/** 专项整治类别 of the campaign, with its 牵头科室 and 责任领导. */
export interface CampaignCategoryAssignment {
  readonly category: CampaignCategory;
  readonly leadDepartment: DepartmentCode;
  /** 责任领导: the leader answerable for this category. */
  readonly responsibleLeader: string;
}

/** A campaign (专项行动) as a supervisor or administrator defines it. */
export interface CampaignDefinition {
  /** e.g. 'taibai-2023-winter-spring'; the campaign workflow's id is derived from it. */
  readonly code: string;
  readonly name: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly categories: readonly CampaignCategoryAssignment[];
  readonly keyPeriods: readonly KeyPeriod[];
  /** Copied in when the campaign is defined, so a later policy never moves its steps. */
  readonly policy: CampaignPolicy;
  readonly definedBy: Actor;
  readonly definedAt: string;
}

/** The departments that lead a category of the campaign, each once, in the definition's order. */
export function leadDepartmentsOf(
  campaign: Pick<CampaignDefinition, 'categories'>,
): DepartmentCode[] {
  return [...new Set(campaign.categories.map((c) => c.leadDepartment))];
}
