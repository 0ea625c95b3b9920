import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  CASE_RULE_VIOLATION,
  CASE_UPDATES,
  type CaseOutcome,
  type CaseView,
  getCaseQuery,
  type HazardCaseWorkflowInput,
  statutoryYearLoadedSignal,
} from '@firecase/contract';
import {
  applyCommand,
  applyOpeningDeadlines,
  applyRecount,
  assertAllowed,
  CASE_COMMAND_TYPES,
  type CaseCommand,
  type CaseCommandType,
  type CaseNotification,
  CaseRuleViolation,
  type CaseState,
  type DeadlineRequest,
  deadlineRequestsFor,
  deadlineRequestsForTimer,
  fireTimer,
  isTerminal,
  moduleOf,
  newCaseState,
  nextDue,
  nextTimerAt,
  noticeDocumentRequest,
  openingDeadlineRequests,
  openObligations,
  pendingTimers,
  type PlannedDeadlines,
  recordNoticeDocument,
  recountRequests,
  type StatutoryYearLoaded,
} from '@firecase/domain';
import {
  deliverNotifications,
  issueNoticeDocument,
  issueNoticeDocumentLocally,
  planDeadlines,
  planDeadlinesLocally,
  projectCase,
} from './case-activities';
import { caseSearchAttributes } from './case-search-attributes';
import { Serial } from './serial';

const TIMER_RETRY_MS = 60 * 60 * 1000;

/** patched() id: every revision is published, including one that lands during publishing. */
export const PUBLISH_EVERY_REVISION = 'publish-every-revision';

/** patched() id: a timer that is already due fires without waiting on a 1 ms timer. */
export const FIRE_DUE_TIMERS_AT_ONCE = 'fire-due-timers-at-once';

/** patched() id: a command's numbered document is issued before the command answers. */
export const ISSUE_DOCUMENT_WITH_COMMAND = 'issue-document-with-command';

/** patched() id: a step that needs no deadline does not call the calendar activity. */
export const SKIP_EMPTY_PLANS = 'skip-empty-plans';

/** patched() id: deadlines are planned by a local activity, within the workflow task. */
export const PLAN_DEADLINES_LOCALLY = 'plan-deadlines-locally';

/**
 * patched() id: deadlines and documents come from activities on the task queue again, not local
 * ones. A local activity's result is recorded only when its workflow task completes, so when one
 * ran long (a PDF under load) while an update or another coroutine moved on, a worker replaying
 * the case from its history (after a restart) ordered the commands differently and failed as
 * nondeterministic. An activity's result is a history event: replay sees what the case saw.
 */
export const ACTIVITIES_ON_TASK_QUEUE = 'activities-on-task-queue';

/**
 * One discovered hazard (隐患), from registration to closure (销号). Temporal holds the case's
 * truth and its clocks; every rule lives in @firecase/domain, and this function only wires those
 * rules to updates, timers and activities.
 */
export async function hazardCaseWorkflow(input: HazardCaseWorkflowInput): Promise<CaseOutcome> {
  const state: CaseState = input.resume?.state ?? newCaseState(input, now());
  const outbox: CaseNotification[] = [...(input.resume?.outbox ?? [])];
  const serial = new Serial();
  let published = input.resume ? state.revision : -1;
  let timersPausedUntil = 0;

  setHandler(getCaseQuery, () => view(state));
  for (const type of CASE_COMMAND_TYPES) {
    registerAction(type, state, outbox, serial);
  }
  setHandler(statutoryYearLoadedSignal, (loaded) => {
    void serial.run(() => recount(state, outbox, loaded));
  });

  // Rules v2: a new case's first clock (the notice's due date) comes from the calendar too.
  const opening = openingDeadlineRequests(state);
  if (opening.length > 0) {
    await serial.run(async () => applyOpeningDeadlines(state, now(), await plan(opening)));
  }

  // v1 remembered the revision *after* publishing, so a change that landed while an activity of
  // publish() ran waited for the next change (and a closing one was never published). Cases
  // started before this patch replay the old rule.
  const publishesEveryRevision = patched(PUBLISH_EVERY_REVISION);

  for (;;) {
    if (state.revision !== published) published = await publish(state, outbox);
    if (isTerminal(state.status)) {
      if (!publishesEveryRevision || state.revision === published) break;
      continue;
    }
    if (shouldContinueAsNew(input)) {
      await condition(allHandlersFinished);
      if (state.revision !== published) continue;
      return await continueAsNew<typeof hazardCaseWorkflow>({
        ...input,
        resume: { state, outbox },
      });
    }
    const seen = publishesEveryRevision ? published : state.revision;
    const wakeAt = nextTimerAt(state);
    const woken = () => state.revision !== seen || shouldContinueAsNew(input);
    const waitMs =
      wakeAt === undefined
        ? undefined
        : Math.max(Date.parse(wakeAt) - Date.now(), timersPausedUntil - Date.now());
    // A timer already due (a paper notice entered late) fires now rather than after a 1 ms timer.
    const dueNow = waitMs !== undefined && waitMs <= 0 && patched(FIRE_DUE_TIMERS_AT_ONCE);
    const changed = dueNow
      ? false
      : waitMs === undefined
        ? await condition(woken)
        : await condition(woken, Math.max(waitMs, 1));
    if (changed) continue;
    try {
      await serial.run(() => fireDueTimers(state, outbox));
    } catch (error) {
      // A deadline could not be computed (e.g. a year the statutory calendar does not cover):
      // the case must not die of it. Try again in an hour; the error is in the history.
      log.error('case timers failed; retrying in an hour', { error: String(error) });
      timersPausedUntil = Date.now() + TIMER_RETRY_MS;
    }
  }

  await condition(allHandlersFinished);
  return { caseNumber: state.caseNumber, status: state.status as CaseOutcome['status'], at: now() };
}

function registerAction(
  type: CaseCommandType,
  state: CaseState,
  outbox: CaseNotification[],
  serial: Serial,
): void {
  const definition = CASE_UPDATES[type];
  setHandler(
    definition,
    (input: CaseCommand['input']) =>
      serial.run(async () => {
        const command = { type, input } as CaseCommand;
        // Checked again under the lock: an earlier action may have changed the case meanwhile.
        checkAllowed(state, command);
        const planned = await plan(deadlineRequestsFor(state, command, now()));
        outbox.push(...applyCommand(state, command, now(), planned));
        if (moduleOf(type).document && patched(ISSUE_DOCUMENT_WITH_COMMAND)) {
          const issue = patched(ACTIVITIES_ON_TASK_QUEUE)
            ? issueNoticeDocument
            : issueNoticeDocumentLocally;
          const { noticeNo } = await issue(noticeDocumentRequest(state));
          recordNoticeDocument(state, noticeNo);
        }
        return view(state);
      }),
    {
      validator: (input: CaseCommand['input']) =>
        checkAllowed(state, { type, input } as CaseCommand),
    },
  );
}

/** Fires every timer that is due, earliest first; each one changes the case so it fires once. */
async function fireDueTimers(state: CaseState, outbox: CaseNotification[]): Promise<void> {
  for (;;) {
    const due = pendingTimers(state)
      .filter((timer) => Date.parse(timer.at) <= Date.now())
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
    if (!due || isTerminal(state.status)) return;
    const planned = await plan(deadlineRequestsForTimer(state, due, now()));
    outbox.push(...fireTimer(state, due, now(), planned));
  }
}

/**
 * Recounts what waited for a loaded year of the statutory calendar. A failure leaves the case as
 * it was (still provisional): the recount workflow's second pass signals it again.
 */
async function recount(
  state: CaseState,
  outbox: CaseNotification[],
  loaded: StatutoryYearLoaded,
): Promise<void> {
  const requests = recountRequests(state, loaded);
  if (requests.length === 0) return;
  try {
    const planned = await plan(requests);
    outbox.push(...applyRecount(state, loaded, now(), planned));
  } catch (error) {
    log.error('recounting deadlines failed', { year: loaded.year, error: String(error) });
  }
}

/** Deadlines from the calendar activity; a step that needs none (since the patch) asks nothing. */
async function plan(requests: readonly DeadlineRequest[]): Promise<PlannedDeadlines> {
  if (requests.length === 0 && patched(SKIP_EMPTY_PLANS)) return {};
  if (patched(ACTIVITIES_ON_TASK_QUEUE)) return planDeadlines(requests);
  return patched(PLAN_DEADLINES_LOCALLY) ? planDeadlinesLocally(requests) : planDeadlines(requests);
}

/** Brings search attributes, notifications and the read model up to the current revision. */
async function publish(state: CaseState, outbox: CaseNotification[]): Promise<number> {
  const snapshot = view(state);
  upsertSearchAttributes(caseSearchAttributes(state, snapshot.nextDue));
  const batch = outbox.splice(0, outbox.length);
  if (batch.length > 0) await deliverNotifications(batch);
  await projectCase(snapshot);
  return snapshot.state.revision;
}

function view(state: CaseState): CaseView {
  // A deep copy: the query result and activity inputs must not alias the live state.
  const copy = JSON.parse(JSON.stringify(state)) as CaseState;
  return { state: copy, obligations: openObligations(copy), nextDue: nextDue(copy) };
}

function checkAllowed(state: CaseState, command: CaseCommand): void {
  try {
    assertAllowed(state, command, now());
  } catch (error) {
    if (error instanceof CaseRuleViolation) {
      throw ApplicationFailure.create({
        type: CASE_RULE_VIOLATION,
        message: error.message,
        details: [error.code],
        nonRetryable: true,
      });
    }
    throw error;
  }
}

function shouldContinueAsNew(input: HazardCaseWorkflowInput): boolean {
  const info = workflowInfo();
  if (info.continueAsNewSuggested) return true;
  return input.historyEventLimit !== undefined && info.historyLength > input.historyEventLimit;
}

/** Workflow time: deterministic, replayed from history. */
function now(): string {
  return new Date(Date.now()).toISOString();
}
