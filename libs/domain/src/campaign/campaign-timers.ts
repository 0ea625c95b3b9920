import { SYSTEM_ACTOR } from '../case/actor';
import { isBefore } from '../case/china-time';
import { departmentLabel, CAMPAIGN_STEP_LABELS } from '../labels/zh-cn';
import type { Unit, UnitDirectory } from '../units/unit';
import { unitKey } from '../units/unit';
import type { UnitNotification, UnitNotificationKind } from '../units/unit-notification';
import { type KeyPeriod, leadDepartmentsOf } from './campaign';
import { type CampaignStep, campaignSteps } from './campaign-steps';
import {
  type CampaignState,
  isCampaignFinished,
  recordCampaignEvent,
  type SweepTask,
} from './campaign-state';
import { nightPatrolText, sweepOverdueText, sweepTaskText, warningText } from './campaign-texts';
import { addDuration } from './duration';

/** What the campaign workflow waits for next: a step of the plan, or looking at the units. */
export type CampaignTimer =
  | { readonly kind: 'step'; readonly at: string; readonly step: CampaignStep }
  | { readonly kind: 'evaluation'; readonly at: string };

/** Every timer not yet fired, earliest first; each firing changes the state so it fires once. */
export function pendingCampaignTimers(state: CampaignState): CampaignTimer[] {
  if (isCampaignFinished(state.status)) return [];
  const done = new Set(state.steps.map((s) => s.id));
  const timers: CampaignTimer[] = campaignSteps(state.campaign)
    .filter((step) => !done.has(step.id))
    .map((step) => ({ kind: 'step', at: step.at, step }));
  if (state.status === 'running' && state.nextEvaluationAt) {
    timers.push({ kind: 'evaluation', at: state.nextEvaluationAt });
  }
  return timers.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function nextCampaignTimerAt(state: CampaignState): string | undefined {
  return pendingCampaignTimers(state)[0]?.at;
}

/** Whether firing this step needs the organisation's units (an activity reads them). */
export function stepNeedsUnits(step: CampaignStep): boolean {
  return step.kind === 'warning' || step.kind === 'sweep_open' || step.kind === 'night_patrol';
}

/**
 * Carries out one step of the plan at `now`: records it (done or skipped), changes the state and
 * returns what must be sent. `units` is required for the steps stepNeedsUnits names.
 */
export function fireCampaignStep(
  state: CampaignState,
  step: CampaignStep,
  now: string,
  units?: UnitDirectory,
): UnitNotification[] {
  if (state.steps.some((s) => s.id === step.id)) return [];
  const period = state.campaign.keyPeriods.find((p) => p.code === step.keyPeriodCode);
  if (step.validUntil && !isBefore(now, step.validUntil)) {
    skip(state, step, now, period);
    return [];
  }
  if (stepNeedsUnits(step) && !units) throw new Error(`step ${step.id} needs the units`);
  switch (step.kind) {
    case 'campaign_start':
      state.status = 'running';
      state.nextEvaluationAt = addDuration(now, state.campaign.policy.supervision.evaluateEvery);
      return done(state, step, now, 0, 'campaign_started', `${state.campaign.name}开始`);
    case 'campaign_end':
      state.status = 'ended';
      state.nextEvaluationAt = undefined;
      return done(state, step, now, 0, 'campaign_ended', `${state.campaign.name}结束`);
    case 'recording_closed': {
      const missed = state.tasks.filter((t) => t.status === 'open');
      for (const task of missed) task.status = 'missed';
      state.status = 'closed';
      return done(
        state,
        step,
        now,
        0,
        'recording_closed',
        `检查记录截止，${missed.length}项集中检查任务未完成`,
        { missedTaskIds: missed.map((t) => t.id) },
      );
    }
    case 'warning':
      return warn(state, step, now, period!, units!);
    case 'sweep_open':
      return openSweep(state, step, now, period!, units!);
    case 'night_patrol':
      return remindNightPatrol(state, step, now, period!, units!);
    case 'sweep_due':
      return sweepDue(state, step, now, period!);
  }
}

/** Everyone a warning goes to: every department and every community (村/社区). */
function warn(
  state: CampaignState,
  step: CampaignStep,
  now: string,
  period: KeyPeriod,
  units: UnitDirectory,
) {
  const recipients = [...units.departments, ...units.communities];
  const notifications = recipients.map((unit) =>
    notification(
      state,
      step,
      period,
      'campaign_warning',
      unit,
      warningText(state.campaign.name, period),
      {
        keyPeriod: period.code,
      },
    ),
  );
  done(
    state,
    step,
    now,
    recipients.length,
    'warning_sent',
    `向${recipients.length}个单位发送${period.name}消防安全提示`,
  );
  return notifications;
}

/** 集中检查: one task for each community and each department leading a category. */
function openSweep(
  state: CampaignState,
  step: CampaignStep,
  now: string,
  period: KeyPeriod,
  units: UnitDirectory,
) {
  const workers = sweepUnits(state, units);
  const tasks: SweepTask[] = workers.map((unit, index) => ({
    id: `${period.code}.${String(index + 1).padStart(2, '0')}`,
    keyPeriodCode: period.code,
    unit,
    placeTypes: period.placeTypes,
    openedAt: now,
    dueAt: step.dueAt!,
    status: 'open',
  }));
  state.tasks.push(...tasks);
  const notifications = tasks.map((task) =>
    notification(state, step, period, 'sweep_task_opened', task.unit, sweepTaskText(period, task), {
      keyPeriod: period.code,
      taskId: task.id,
      dueAt: task.dueAt,
    }),
  );
  done(
    state,
    step,
    now,
    tasks.length,
    'sweep_opened',
    `下达${period.name}集中检查任务${tasks.length}项`,
    {
      taskIds: tasks.map((t) => t.id),
    },
  );
  return notifications;
}

function remindNightPatrol(
  state: CampaignState,
  step: CampaignStep,
  now: string,
  period: KeyPeriod,
  units: UnitDirectory,
) {
  const night = Number(step.id.split('/').at(-1));
  const workers = sweepUnits(state, units);
  const notifications = workers.map((unit) =>
    notification(
      state,
      step,
      period,
      'night_patrol_reminder',
      unit,
      nightPatrolText(period, night),
      {
        keyPeriod: period.code,
      },
    ),
  );
  done(
    state,
    step,
    now,
    workers.length,
    'night_patrol_reminded',
    `${period.name}第${night}次夜查提醒，${workers.length}个单位`,
  );
  return notifications;
}

function sweepDue(state: CampaignState, step: CampaignStep, now: string, period: KeyPeriod) {
  const opened = state.steps.some(
    (s) => s.id === `${period.code}/sweep_open` && s.outcome === 'done',
  );
  if (!opened) {
    skip(state, step, now, period);
    return [];
  }
  const tasks = state.tasks.filter((t) => t.keyPeriodCode === period.code);
  const late = tasks.filter((t) => t.status === 'open');
  for (const task of late) task.overdueAlertedAt = now;
  const notifications = late.map((task) =>
    notification(
      state,
      step,
      period,
      'sweep_task_overdue',
      task.unit,
      sweepOverdueText(period, task),
      {
        keyPeriod: period.code,
        taskId: task.id,
      },
    ),
  );
  done(
    state,
    step,
    now,
    late.length,
    'sweep_tasks_due',
    `${period.name}集中检查任务到期：完成${tasks.length - late.length}项，未完成${late.length}项`,
    { lateTaskIds: late.map((t) => t.id) },
  );
  return notifications;
}

/** The units that inspect: every community, then each lead department of the campaign. */
function sweepUnits(state: CampaignState, units: UnitDirectory): Unit[] {
  const departments = leadDepartmentsOf(state.campaign).map(
    (code) =>
      units.departments.find((d) => d.code === code) ?? {
        kind: 'department' as const,
        code,
        name: departmentLabel(code),
      },
  );
  return [...units.communities, ...departments];
}

function done(
  state: CampaignState,
  step: CampaignStep,
  now: string,
  recipients: number,
  eventType: string,
  summary: string,
  detail?: Record<string, unknown>,
): UnitNotification[] {
  state.steps.push({
    id: step.id,
    kind: step.kind,
    at: step.at,
    firedAt: now,
    outcome: 'done',
    recipients,
  });
  recordCampaignEvent(state, now, eventType, SYSTEM_ACTOR, summary, { stepId: step.id, ...detail });
  return [];
}

function skip(
  state: CampaignState,
  step: CampaignStep,
  now: string,
  period: KeyPeriod | undefined,
): void {
  state.steps.push({
    id: step.id,
    kind: step.kind,
    at: step.at,
    firedAt: now,
    outcome: 'skipped',
    recipients: 0,
  });
  recordCampaignEvent(
    state,
    now,
    'step_skipped',
    SYSTEM_ACTOR,
    `${period?.name ?? ''}${CAMPAIGN_STEP_LABELS[step.kind]}已错过时间，未执行`,
    { stepId: step.id, plannedAt: step.at },
  );
}

function notification(
  state: CampaignState,
  step: CampaignStep,
  period: KeyPeriod,
  kind: UnitNotificationKind,
  unit: Unit,
  text: { title: string; text: string },
  params: Record<string, string>,
): UnitNotification {
  const code = state.campaign.code;
  return {
    subject: code,
    unit: { kind: unit.kind, code: unit.code, name: unit.name },
    kind,
    ...text,
    message: `campaign ${code}: ${kind} (${step.id}) for ${unitKey(unit)}`,
    dedupeKey: `campaign:${code}:${step.id}:${unitKey(unit)}`,
    // campaign and period by name: the template's {campaign} and {period}; the code stays in subject.
    params: { campaign: state.campaign.name, period: period.name, step: step.id, ...params },
  };
}
