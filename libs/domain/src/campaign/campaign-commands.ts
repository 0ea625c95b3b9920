import type { Actor, Role } from '../case/actor';
import { isBefore } from '../case/china-time';
import type { EvidenceRef } from '../case/discovery';
import { CampaignErrorCode, CampaignRuleViolation } from './campaign-error';
import { type CampaignState, isCampaignFinished, recordCampaignEvent } from './campaign-state';
import type { PlaceType } from './place-types';

/** What people do to a running campaign; each is one Temporal update of its workflow. */
export interface CampaignCommands {
  /** Records the inspection that does a sweep task (集中检查), with the hazards it registered. */
  recordSweepInspection: {
    readonly actor: Actor;
    readonly taskId: string;
    /** When the inspection took place; defaults to now. */
    readonly inspectedAt?: string;
    readonly placesInspected: readonly { readonly placeType: PlaceType; readonly count: number }[];
    readonly findings: string;
    readonly hazardCaseNumbers: readonly string[];
    readonly evidence: readonly EvidenceRef[];
  };
  /** Stops the campaign: no more steps; open tasks are cancelled. */
  cancelCampaign: { readonly actor: Actor; readonly reason: string };
}

export type CampaignCommandType = keyof CampaignCommands;
export const CAMPAIGN_COMMAND_TYPES = [
  'recordSweepInspection',
  'cancelCampaign',
] as const satisfies readonly CampaignCommandType[];

export type CampaignCommand = {
  [K in CampaignCommandType]: { readonly type: K; readonly input: CampaignCommands[K] };
}[CampaignCommandType];

/** Who may do what to a campaign (which units' tasks is the API's scope check). */
export const CAMPAIGN_COMMAND_ROLES: Readonly<Record<CampaignCommandType, readonly Role[]>> = {
  recordSweepInspection: ['officer', 'supervisor'],
  cancelCampaign: ['supervisor', 'administrator'],
};

/** Throws CampaignRuleViolation when the command may not be applied now; changes nothing. */
export function assertCampaignCommandAllowed(
  state: CampaignState,
  command: CampaignCommand,
  now: string,
): void {
  if (!CAMPAIGN_COMMAND_ROLES[command.type].includes(command.input.actor.role)) {
    refuse(
      CampaignErrorCode.RoleNotPermitted,
      `a ${command.input.actor.role} may not ${command.type}`,
    );
  }
  if (isCampaignFinished(state.status)) {
    refuse(
      CampaignErrorCode.CampaignFinished,
      `campaign ${state.campaign.code} is ${state.status}`,
    );
  }
  switch (command.type) {
    case 'recordSweepInspection':
      return assertInspection(state, command.input, now);
    case 'cancelCampaign':
      if (!command.input.reason.trim()) refuse(CampaignErrorCode.InvalidInput, 'reason is empty');
      return;
  }
}

function assertInspection(
  state: CampaignState,
  input: CampaignCommands['recordSweepInspection'],
  now: string,
): void {
  const task = state.tasks.find((t) => t.id === input.taskId);
  if (!task) refuse(CampaignErrorCode.TaskNotFound, `sweep task ${input.taskId} not found`);
  if (task.status !== 'open') {
    refuse(CampaignErrorCode.TaskNotOpen, `sweep task ${task.id} is ${task.status}`);
  }
  const inspectedAt = input.inspectedAt ?? now;
  if (isBefore(now, inspectedAt)) {
    refuse(CampaignErrorCode.InvalidInput, 'inspectedAt is in the future');
  }
  if (isBefore(inspectedAt, task.openedAt)) {
    refuse(CampaignErrorCode.InvalidInput, 'inspectedAt is before the task was opened');
  }
  if (input.placesInspected.length === 0) {
    refuse(CampaignErrorCode.InvalidInput, 'placesInspected lists no place');
  }
  const seen = new Set<string>();
  for (const place of input.placesInspected) {
    if (!task.placeTypes.includes(place.placeType)) {
      refuse(
        CampaignErrorCode.InvalidInput,
        `placesInspected: ${place.placeType} is not a place type of this task`,
      );
    }
    if (seen.has(place.placeType)) {
      refuse(CampaignErrorCode.InvalidInput, `placesInspected: ${place.placeType} is listed twice`);
    }
    if (!Number.isInteger(place.count) || place.count < 0) {
      refuse(
        CampaignErrorCode.InvalidInput,
        `placesInspected: the count of ${place.placeType} is not a whole number ≥ 0`,
      );
    }
    seen.add(place.placeType);
  }
}

/** Applies an allowed command; call assertCampaignCommandAllowed first. */
export function applyCampaignCommand(
  state: CampaignState,
  command: CampaignCommand,
  now: string,
): void {
  switch (command.type) {
    case 'recordSweepInspection': {
      const { input } = command;
      const task = state.tasks.find((t) => t.id === input.taskId)!;
      task.status = 'done';
      task.inspection = {
        recordedAt: now,
        inspectedAt: input.inspectedAt ?? now,
        by: input.actor,
        placesInspected: input.placesInspected,
        findings: input.findings,
        hazardCaseNumbers: input.hazardCaseNumbers,
        evidence: input.evidence,
      };
      const hazards = input.hazardCaseNumbers.length;
      recordCampaignEvent(
        state,
        now,
        'sweep_inspection_recorded',
        input.actor,
        `${task.unit.name}完成集中检查任务${task.id}` +
          (hazards > 0 ? `，登记隐患${hazards}处` : '，未发现隐患'),
        { taskId: task.id, hazardCaseNumbers: input.hazardCaseNumbers },
      );
      return;
    }
    case 'cancelCampaign': {
      const { input } = command;
      state.status = 'cancelled';
      state.cancelled = { at: now, by: input.actor, reason: input.reason };
      state.nextEvaluationAt = undefined;
      for (const task of state.tasks) if (task.status === 'open') task.status = 'cancelled';
      recordCampaignEvent(
        state,
        now,
        'campaign_cancelled',
        input.actor,
        `撤销专项行动：${input.reason}`,
      );
      return;
    }
  }
}

function refuse(code: CampaignErrorCode, message: string): never {
  throw new CampaignRuleViolation(code, message);
}
