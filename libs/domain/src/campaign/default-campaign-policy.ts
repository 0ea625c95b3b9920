import type { CampaignPolicy } from './campaign-policy';
import { PLACE_TYPES } from './place-types';

/**
 * The defaults for the Taibai 2023–24 winter–spring campaign. The notice asks for warnings
 * "beforehand", a concentrated inspection and night patrols "during" each key period, and for
 * slow units to be criticised and their heads interviewed; every figure below is ours, not the
 * notice's, and changes by publishing a new version.
 */
export const DEFAULT_CAMPAIGN_POLICY: CampaignPolicy = {
  version: 'taibai-campaign.v1',
  keyPeriods: {
    warningBeforeStart: { days: 3 },
    sweepOpensBeforeStart: { days: 3 },
    sweepDueAfterEnd: { days: 0 },
    // Key periods start at 00:00 Beijing time: the first reminder goes out at 20:00.
    nightPatrolFirstAfterStart: { hours: 20 },
    nightPatrolEvery: { days: 1 },
    defaultPlaceTypes: PLACE_TYPES,
  },
  recordingGraceAfterEnd: { days: 7 },
  supervision: {
    evaluateEvery: { days: 1 },
    overdueRateAbovePercent: 20,
    minimumCasesForRate: 5,
    caseOverdueMoreThanDays: 10,
    undoneSweepTasksAbove: 0,
    rungs: {
      supervisionNoticeWithin: { days: 2 },
      responseWindow: { days: 7 },
      criticismWithin: { days: 3 },
      interviewHeldWithin: { days: 5 },
      commitmentAtMost: { days: 30 },
    },
  },
};
