import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  getSupervisionQuery,
  SUPERVISION_RULE_VIOLATION,
  SUPERVISION_UPDATES,
  type UnitSupervisionView,
  type UnitSupervisionWorkflowInput,
} from '@firecase/contract';
import {
  applySupervisionCommand,
  assertSupervisionCommandAllowed,
  fireSupervisionTimer,
  isTimerDue,
  newSupervisionState,
  nextSupervisionTimerAt,
  pendingSupervisionTimers,
  SUPERVISION_COMMAND_TYPES,
  type SupervisionCommand,
  type SupervisionCommandType,
  SupervisionRuleViolation,
  timerNeedsFigures,
  type UnitNotification,
  type UnitSupervisionState,
} from '@firecase/domain';
import { assessUnit, deliverUnitNotifications, projectSupervision } from './supervision-activities';
import { supervisionSearchAttributes } from './supervision-search-attributes';

const TIMER_RETRY_MS = 60 * 60 * 1000;

/**
 * 督办: one unit's supervision in one campaign, climbing 督办通知 → 通报批评 → 约谈单位负责人 while
 * its figures lag, and closing when they recover or a supervisor closes it. Like the hazard case:
 * supervisors' actions are updates with validators, the clocks are timers computed from the state,
 * every change is published to search attributes, the read model and the audit trail.
 */
export async function unitSupervisionWorkflow(
  input: UnitSupervisionWorkflowInput,
): Promise<UnitSupervisionView> {
  const opened = input.resume ? undefined : newSupervisionState(input, now());
  const state: UnitSupervisionState = input.resume?.state ?? opened!.state;
  const outbox: UnitNotification[] = [...(input.resume?.outbox ?? opened!.notifications)];
  let published = input.resume ? state.revision : -1;
  let timersPausedUntil = 0;

  setHandler(getSupervisionQuery, () => view(state));
  for (const type of SUPERVISION_COMMAND_TYPES) registerAction(type, state, outbox);

  for (;;) {
    if (state.revision !== published) published = await publish(state, outbox);
    if (state.status === 'closed') {
      if (state.revision === published) break;
      continue;
    }
    if (shouldContinueAsNew(input)) {
      await condition(allHandlersFinished);
      if (state.revision !== published) continue;
      return await continueAsNew<typeof unitSupervisionWorkflow>({
        ...input,
        resume: { state, outbox },
      });
    }
    const seen = published;
    const wakeAt = nextSupervisionTimerAt(state);
    const woken = () => state.revision !== seen || shouldContinueAsNew(input);
    const changed =
      wakeAt === undefined
        ? await condition(woken)
        : await condition(
            woken,
            Math.max(Date.parse(wakeAt) - Date.now(), timersPausedUntil - Date.now(), 1),
          );
    if (changed) continue;
    try {
      await fireDueTimers(state, outbox);
    } catch (error) {
      log.error('supervision timers failed; retrying in an hour', { error: String(error) });
      timersPausedUntil = Date.now() + TIMER_RETRY_MS;
    }
  }

  await condition(allHandlersFinished);
  return view(state);
}

function registerAction(
  type: SupervisionCommandType,
  state: UnitSupervisionState,
  outbox: UnitNotification[],
): void {
  setHandler(
    SUPERVISION_UPDATES[type],
    // Synchronous: an action never interleaves with another or with a timer's changes.
    (input: SupervisionCommand['input']) => {
      const command = { type, input } as SupervisionCommand;
      checkAllowed(state, command);
      outbox.push(...applySupervisionCommand(state, command, now()));
      return view(state);
    },
    {
      validator: (input: SupervisionCommand['input']) =>
        checkAllowed(state, { type, input } as SupervisionCommand),
    },
  );
}

async function fireDueTimers(state: UnitSupervisionState, outbox: UnitNotification[]) {
  for (;;) {
    const due = pendingSupervisionTimers(state).find((timer) => isTimerDue(timer, now()));
    if (!due || state.status === 'closed') return;
    const figures = timerNeedsFigures(due)
      ? await assessUnit(state.campaign.code, state.unit)
      : undefined;
    outbox.push(...fireSupervisionTimer(state, due, now(), figures));
  }
}

async function publish(state: UnitSupervisionState, outbox: UnitNotification[]): Promise<number> {
  const snapshot = view(state);
  upsertSearchAttributes(supervisionSearchAttributes(state));
  const batch = outbox.splice(0, outbox.length);
  if (batch.length > 0) await deliverUnitNotifications(batch);
  await projectSupervision(snapshot);
  return snapshot.state.revision;
}

function view(state: UnitSupervisionState): UnitSupervisionView {
  const copy = JSON.parse(JSON.stringify(state)) as UnitSupervisionState;
  return { state: copy, nextTimer: pendingSupervisionTimers(copy)[0] };
}

function checkAllowed(state: UnitSupervisionState, command: SupervisionCommand): void {
  try {
    assertSupervisionCommandAllowed(state, command, now());
  } catch (error) {
    if (error instanceof SupervisionRuleViolation) {
      throw ApplicationFailure.create({
        type: SUPERVISION_RULE_VIOLATION,
        message: error.message,
        details: [error.code],
        nonRetryable: true,
      });
    }
    throw error;
  }
}

function shouldContinueAsNew(input: UnitSupervisionWorkflowInput): boolean {
  const info = workflowInfo();
  if (info.continueAsNewSuggested) return true;
  return input.historyEventLimit !== undefined && info.historyLength > input.historyEventLimit;
}

function now(): string {
  return new Date(Date.now()).toISOString();
}
