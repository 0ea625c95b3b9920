import { SYSTEM_ACTOR } from '../case/actor';
import type { Unit } from '../units/unit';
import { unitKey } from '../units/unit';
import { type LagReason, laggingReasons } from '../unit-supervision/lagging';
import type { UnitFigures } from '../unit-supervision/unit-figures';
import { type CampaignState, recordCampaignEvent } from './campaign-state';
import { addDuration } from './duration';

/** A unit's figures in the campaign, and its latest supervision case if it has had one. */
export interface UnitAssessment {
  readonly figures: UnitFigures;
  readonly latestSupervision?: {
    readonly number: string;
    readonly ordinal: number;
    /** False once its case has closed; a case not yet projected counts as open. */
    readonly open: boolean;
  };
}

/** A lagging unit without an open supervision case: the one to open, and its ordinal. */
export interface SupervisionToOpen {
  readonly unit: Unit;
  readonly reasons: readonly LagReason[];
  readonly figures: UnitFigures;
  /** The unit's n-th supervision case in this campaign. */
  readonly ordinal: number;
}

/**
 * 督导考核 at one evaluation: every unit that lags by the campaign's policy and has no open
 * supervision case gets one. Schedules the next evaluation.
 */
export function evaluateUnits(
  state: CampaignState,
  assessments: readonly UnitAssessment[],
  now: string,
): SupervisionToOpen[] {
  // Not a change worth publishing by itself: an opened case records its own event.
  state.nextEvaluationAt = addDuration(now, state.campaign.policy.supervision.evaluateEvery);
  return assessments.flatMap(({ figures, latestSupervision }) => {
    const reasons = laggingReasons(figures, state.campaign.policy.supervision);
    if (reasons.length === 0 || latestSupervision?.open) return [];
    return [
      { unit: figures.unit, reasons, figures, ordinal: (latestSupervision?.ordinal ?? 0) + 1 },
    ];
  });
}

/** Records a supervision case this campaign opened. */
export function recordSupervisionOpened(
  state: CampaignState,
  number: string,
  opened: SupervisionToOpen,
  now: string,
): void {
  state.supervisions.push({ number, unitKey: unitKey(opened.unit), openedAt: now });
  recordCampaignEvent(
    state,
    now,
    'supervision_opened',
    SYSTEM_ACTOR,
    `${opened.unit.name}：${opened.reasons.map((r) => r.text).join('；')}，启动督办${number}`,
    { number, unit: unitKey(opened.unit), reasons: opened.reasons.map((r) => r.kind) },
  );
}

/** Records how many earlier cases of its period the campaign claimed, when it claimed any. */
export function recordCasesClaimed(state: CampaignState, claimed: number, now: string): void {
  if (claimed === 0) return;
  recordCampaignEvent(state, now, 'cases_claimed', SYSTEM_ACTOR, `纳入此前登记的隐患${claimed}处`, {
    claimed,
  });
}
