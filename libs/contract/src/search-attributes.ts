import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Custom search attributes that keep cases findable in Temporal's own UI and CLI, e.g.
 * `temporal workflow list --query "CaseOverdue = true AND CaseDepartment = 'emergency'"`.
 * The dev server registers them at start (see tools/); a cluster needs them registered once
 * with `temporal operator search-attribute create` (see README).
 */
export const CaseSearchAttributes = {
  status: defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD),
  category: defineSearchAttributeKey('CaseCategory', SearchAttributeType.KEYWORD),
  severity: defineSearchAttributeKey('CaseSeverity', SearchAttributeType.KEYWORD),
  department: defineSearchAttributeKey('CaseDepartment', SearchAttributeType.KEYWORD),
  community: defineSearchAttributeKey('CaseCommunity', SearchAttributeType.KEYWORD),
  nextDueAt: defineSearchAttributeKey('CaseNextDueAt', SearchAttributeType.DATETIME),
  escalationLevel: defineSearchAttributeKey('CaseEscalationLevel', SearchAttributeType.INT),
  overdue: defineSearchAttributeKey('CaseOverdue', SearchAttributeType.BOOL),
  // Unit supervision cases (督办): `SupervisionUnit = 'community:太白社区' AND CampaignId = '…'`.
  campaignId: defineSearchAttributeKey('CampaignId', SearchAttributeType.KEYWORD),
  supervisionUnit: defineSearchAttributeKey('SupervisionUnit', SearchAttributeType.KEYWORD),
  supervisionLevel: defineSearchAttributeKey('SupervisionLevel', SearchAttributeType.INT),
} as const;

/** Name → Temporal CLI type, as `temporal server start-dev --search-attribute Name=Type` wants. */
export const CASE_SEARCH_ATTRIBUTE_REGISTRATIONS: Readonly<Record<string, string>> = {
  CaseStatus: 'Keyword',
  CaseCategory: 'Keyword',
  CaseSeverity: 'Keyword',
  CaseDepartment: 'Keyword',
  CaseCommunity: 'Keyword',
  CaseNextDueAt: 'Datetime',
  CaseEscalationLevel: 'Int',
  CaseOverdue: 'Bool',
  CampaignId: 'Keyword',
  SupervisionUnit: 'Keyword',
  SupervisionLevel: 'Int',
};
