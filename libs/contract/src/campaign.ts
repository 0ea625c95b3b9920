import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  CampaignCommands,
  CampaignCommandType,
  CampaignDefinition,
  CampaignState,
  CampaignStep,
  UnitAssessment,
  UnitDirectory,
  UnitNotification,
  UnitRef,
} from '@firecase/domain';
import type { UnitSupervisionWorkflowInput } from './unit-supervision';
import { CAMPAIGN_COMMAND_TYPES } from '@firecase/domain';

export const CAMPAIGN_WORKFLOW = 'campaignWorkflow';

/** One workflow per campaign: `campaign-<code>`. */
export function campaignWorkflowId(code: string): string {
  return `campaign-${code}`;
}

export interface CampaignWorkflowInput {
  readonly campaign: CampaignDefinition;
  /** Carried across continue-as-new: the state the previous run ended with. */
  readonly resume?: { readonly state: CampaignState; readonly outbox: readonly UnitNotification[] };
  /** Continue-as-new after this many history events (tests set it low). */
  readonly historyEventLimit?: number;
}

/** What queries and update results show: the campaign, and what it does next. */
export interface CampaignView {
  readonly state: CampaignState;
  readonly nextStep?: CampaignStep;
}

/** The type given to ApplicationFailure when an action is refused; `details[0]` is the code. */
export const CAMPAIGN_RULE_VIOLATION = 'CampaignRuleViolation';

type CampaignUpdateDefinitions = {
  readonly [K in CampaignCommandType]: UpdateDefinition<CampaignView, [CampaignCommands[K]], K>;
};

export const CAMPAIGN_UPDATES = Object.fromEntries(
  CAMPAIGN_COMMAND_TYPES.map((type) => [
    type,
    defineUpdate<CampaignView, [CampaignCommands[typeof type]]>(type),
  ]),
) as unknown as CampaignUpdateDefinitions;

export const getCampaignQuery = defineQuery<CampaignView>('getCampaign');

/** Activities of the campaign workflow; the workflow imports this interface as a type only. */
export interface CampaignActivities {
  /** Claims the cases of the campaign's period registered before it and in no campaign. */
  claimCampaignCases(campaignCode: string): Promise<number>;
  /** Every department and community of the organisation, as it stands now. */
  campaignUnits(): Promise<UnitDirectory>;
  /** Writes the campaign's read-model rows and appends its new events to the audit trail. */
  projectCampaign(view: CampaignView): Promise<void>;
  /** Queues notifications for units or leaders; each dedupeKey is delivered once. */
  deliverUnitNotifications(notifications: readonly UnitNotification[]): Promise<void>;
  /** 督导考核: every unit's figures in the campaign, and its latest supervision case. */
  assessCampaignUnits(campaignCode: string): Promise<UnitAssessment[]>;
  /**
   * The number of a unit's n-th supervision case in the campaign (DB-YYYY-NNNN), reserved once:
   * asking again for the same unit and ordinal answers the same number.
   */
  reserveSupervisionNumber(request: {
    readonly campaignCode: string;
    readonly unit: UnitRef;
    readonly ordinal: number;
  }): Promise<string>;
  /** Starts the unit supervision workflow under its number; starting it again is a no-op. */
  startUnitSupervision(input: UnitSupervisionWorkflowInput): Promise<void>;
}
