import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  CaseCommands,
  CaseCommandType,
  CaseNotification,
  CaseState,
  DeadlineRequest,
  DueItemView,
  NoticeDocumentRequest,
  Obligation,
  OpenCaseInput,
  PlannedDeadlines,
  StatutoryYearLoaded,
} from '@firecase/domain';
import { CASE_COMMAND_TYPES } from '@firecase/domain';

export const HAZARD_CASE_WORKFLOW = 'hazardCaseWorkflow';

/** 案件编号, e.g. TB-2024-000123; it is also the workflow id, so one hazard is one workflow. */
export const CASE_NUMBER_PATTERN = /^TB-\d{4}-\d{6}$/;

export function caseWorkflowId(caseNumber: string): string {
  if (!CASE_NUMBER_PATTERN.test(caseNumber)) {
    throw new Error(`case number "${caseNumber}" does not match TB-YYYY-NNNNNN`);
  }
  return caseNumber;
}

export interface HazardCaseWorkflowInput extends OpenCaseInput {
  /** Carried across continue-as-new: the state the previous run ended with. */
  readonly resume?: { readonly state: CaseState; readonly outbox: readonly CaseNotification[] };
  /**
   * Continue-as-new after this many history events even if the server has not suggested it.
   * Unset in production (the server's suggestion decides); tests set it low.
   */
  readonly historyEventLimit?: number;
}

/** What queries and update results show: the case, what is owed on it, and when. */
export interface CaseView {
  readonly state: CaseState;
  readonly obligations: readonly Obligation[];
  /** The next dated thing on the case: what someone owes, or (rules v2) the ladder's next step. */
  readonly nextDue?: DueItemView;
}

export interface CaseOutcome {
  readonly caseNumber: string;
  readonly status: 'closed' | 'voided';
  readonly at: string;
}

/** The type given to ApplicationFailure when an action is refused; `details[0]` is the code. */
export const CASE_RULE_VIOLATION = 'CaseRuleViolation';

type CaseUpdateDefinitions = {
  readonly [K in CaseCommandType]: UpdateDefinition<CaseView, [CaseCommands[K]], K>;
};

/** One Temporal update per officer or supervisor action, named as the action. */
export const CASE_UPDATES = Object.fromEntries(
  CASE_COMMAND_TYPES.map((type) => [
    type,
    defineUpdate<CaseView, [CaseCommands[typeof type]]>(type),
  ]),
) as unknown as CaseUpdateDefinitions;

export const getCaseQuery = defineQuery<CaseView>('getCase');

/** The office loaded a year of the statutory calendar: recount what waited for it. */
export const statutoryYearLoadedSignal = defineSignal<[StatutoryYearLoaded]>('statutoryYearLoaded');

/** Activities of the case workflow; the workflow imports this interface as a type only. */
export interface CaseActivities {
  /** Computes deadlines with the statutory working-day calendar. */
  planDeadlines(requests: readonly DeadlineRequest[]): Promise<PlannedDeadlines>;
  /**
   * Writes the read model row and appends the timeline's new events to the audit trail; a stale
   * revision and events already recorded are ignored, so retries are harmless.
   */
  projectCase(view: CaseView): Promise<void>;
  /** Queues notifications; each dedupeKey is delivered once. */
  deliverNotifications(notifications: readonly CaseNotification[]): Promise<void>;
}

/** The documents a case command issues; the workflow imports this interface as a type only. */
export interface NoticeActivities {
  /**
   * 整改通知书: numbers (the year from the server's clock), renders and stores the PDF of an
   * issued notice; a retry answers the same number.
   */
  issueNoticeDocument(request: NoticeDocumentRequest): Promise<{ readonly noticeNo: string }>;
}

/** Errors an activity raises that retrying cannot fix. */
export const NON_RETRYABLE_ACTIVITY_ERRORS = [
  'CalendarCoverageError',
  'InvalidDeadlineRequest',
  'InvalidProjection',
];
