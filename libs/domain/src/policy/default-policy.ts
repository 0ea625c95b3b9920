import type { CasePolicy } from './case-policy';

/**
 * The defaults of the Taibai 2023–24 winter–spring campaign (DOMAIN.md). The notice itself sets
 * none of these figures: they are the office's to change by publishing a new version.
 */
export const DEFAULT_CASE_POLICY: CasePolicy = {
  version: 'taibai-2023-winter-spring.v2',
  rectification: {
    general: { workingDays: 5 },
    major: { workingDays: 20 },
  },
  noticeWithin: { workingDays: 3 },
  serviceWithin: { workingDays: 3 },
  interimMeasures: {
    requiredForMajor: true,
    requiredWhenDeadlineLongerThanCalendarDays: 7,
    recordWithin: { workingDays: 1 },
    patrolEveryCalendarDays: 3,
  },
  reinspectionWithin: { workingDays: 3 },
  ladder: {
    reminderHoursBeforeDeadline: 24,
    maxExtensions: 1,
    interviewAfterOverdueCalendarDays: 3,
    interviewHeldWithin: { workingDays: 5 },
    criticismAndReferralWithin: { workingDays: 3 },
    lapseEscalationAfter: { workingDays: 2 },
    followUpEveryCalendarDays: 7,
  },
};
