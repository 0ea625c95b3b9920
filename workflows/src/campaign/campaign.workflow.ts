import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  CAMPAIGN_RULE_VIOLATION,
  CAMPAIGN_UPDATES,
  type CampaignView,
  type CampaignWorkflowInput,
  getCampaignQuery,
  type UnitSupervisionWorkflowInput,
} from '@firecase/contract';
import {
  applyCampaignCommand,
  assertCampaignCommandAllowed,
  CAMPAIGN_COMMAND_TYPES,
  type CampaignCommand,
  type CampaignCommandType,
  CampaignRuleViolation,
  type CampaignState,
  evaluateUnits,
  recordCasesClaimed,
  recordSupervisionOpened,
  type SupervisionToOpen,
  fireCampaignStep,
  isCampaignFinished,
  newCampaignState,
  nextCampaignTimerAt,
  pendingCampaignTimers,
  stepNeedsUnits,
  type UnitNotification,
} from '@firecase/domain';
import {
  assessCampaignUnits,
  campaignUnits,
  claimCampaignCases,
  deliverUnitNotifications,
  projectCampaign,
  reserveSupervisionNumber,
  startUnitSupervision,
} from './campaign-activities';

const STEP_RETRY_MS = 60 * 60 * 1000;

/**
 * A campaign (专项行动) from its definition to the end of recording: each key period's steps
 * (消防安全提示, 集中检查 tasks, 夜查 reminders, tasks falling due) are durable timers computed
 * from the campaign's own copy of the policy, and sweep inspections are updates with validators.
 * Rules live in @firecase/domain; this function wires them to timers, updates and activities.
 */
export async function campaignWorkflow(input: CampaignWorkflowInput): Promise<CampaignView> {
  const state: CampaignState = input.resume?.state ?? newCampaignState(input.campaign);
  const outbox: UnitNotification[] = [...(input.resume?.outbox ?? [])];
  let published = input.resume ? state.revision : -1;
  let timersPausedUntil = 0;

  setHandler(getCampaignQuery, () => view(state));
  for (const type of CAMPAIGN_COMMAND_TYPES) registerAction(type, state);
  if (!input.resume) {
    // Cases of its period registered before it existed, in no campaign, become its own.
    recordCasesClaimed(state, await claimCampaignCases(state.campaign.code), now());
  }

  for (;;) {
    if (state.revision !== published) published = await publish(state, outbox);
    if (isCampaignFinished(state.status)) {
      if (state.revision === published) break;
      continue;
    }
    if (shouldContinueAsNew(input)) {
      await condition(allHandlersFinished);
      if (state.revision !== published) continue;
      return await continueAsNew<typeof campaignWorkflow>({ ...input, resume: { state, outbox } });
    }
    const seen = published;
    const wakeAt = nextCampaignTimerAt(state);
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
      // The organisation could not be read: the campaign must not die of it. Retry in an hour.
      log.error('campaign step failed; retrying in an hour', { error: String(error) });
      timersPausedUntil = Date.now() + STEP_RETRY_MS;
    }
  }

  await condition(allHandlersFinished);
  return view(state);
}

function registerAction(type: CampaignCommandType, state: CampaignState): void {
  setHandler(
    CAMPAIGN_UPDATES[type],
    // Synchronous: an update never interleaves with another or with a step's own changes.
    (input: CampaignCommand['input']) => {
      const command = { type, input } as CampaignCommand;
      checkAllowed(state, command);
      applyCampaignCommand(state, command, now());
      return view(state);
    },
    {
      validator: (input: CampaignCommand['input']) =>
        checkAllowed(state, { type, input } as CampaignCommand),
    },
  );
}

/** Fires every step that is due, earliest first; each one is recorded so it fires once. */
async function fireDueTimers(state: CampaignState, outbox: UnitNotification[]): Promise<void> {
  for (;;) {
    const due = pendingCampaignTimers(state).filter((t) => Date.parse(t.at) <= Date.now())[0];
    if (!due || isCampaignFinished(state.status)) return;
    if (due.kind === 'step') {
      const units = stepNeedsUnits(due.step) ? await campaignUnits() : undefined;
      outbox.push(...fireCampaignStep(state, due.step, now(), units));
    } else {
      const assessments = await assessCampaignUnits(state.campaign.code);
      for (const lagging of evaluateUnits(state, assessments, now())) {
        // Cancelled while the units were being looked at: open nothing more.
        if (isCampaignFinished(state.status)) break;
        await openSupervision(state, lagging);
      }
    }
  }
}

/**
 * 督导考核: a lagging unit gets a unit supervision case, a workflow of its own that outlives the
 * campaign (it closes when the unit recovers) and so is nobody's child: an activity starts it.
 * Its number is reserved for the unit and ordinal first, so a repeated evaluation finds the same
 * number and the same workflow.
 */
async function openSupervision(state: CampaignState, lagging: SupervisionToOpen): Promise<void> {
  const number = await reserveSupervisionNumber({
    campaignCode: state.campaign.code,
    unit: lagging.unit,
    ordinal: lagging.ordinal,
  });
  const input: UnitSupervisionWorkflowInput = {
    number,
    campaign: { code: state.campaign.code, name: state.campaign.name },
    unit: lagging.unit,
    policy: state.campaign.policy.supervision,
    openedFor: lagging.reasons,
    figures: lagging.figures,
  };
  await startUnitSupervision(input);
  recordSupervisionOpened(state, number, lagging, now());
}

/** Brings notifications and the read model up to the current revision. */
async function publish(state: CampaignState, outbox: UnitNotification[]): Promise<number> {
  const snapshot = view(state);
  const batch = outbox.splice(0, outbox.length);
  if (batch.length > 0) await deliverUnitNotifications(batch);
  await projectCampaign(snapshot);
  return snapshot.state.revision;
}

function view(state: CampaignState): CampaignView {
  const copy = JSON.parse(JSON.stringify(state)) as CampaignState;
  const next = pendingCampaignTimers(copy).find((t) => t.kind === 'step');
  return { state: copy, nextStep: next?.kind === 'step' ? next.step : undefined };
}

function checkAllowed(state: CampaignState, command: CampaignCommand): void {
  try {
    assertCampaignCommandAllowed(state, command, now());
  } catch (error) {
    if (error instanceof CampaignRuleViolation) {
      throw ApplicationFailure.create({
        type: CAMPAIGN_RULE_VIOLATION,
        message: error.message,
        details: [error.code],
        nonRetryable: true,
      });
    }
    throw error;
  }
}

function shouldContinueAsNew(input: CampaignWorkflowInput): boolean {
  const info = workflowInfo();
  if (info.continueAsNewSuggested) return true;
  return input.historyEventLimit !== undefined && info.historyLength > input.historyEventLimit;
}

function now(): string {
  return new Date(Date.now()).toISOString();
}
