import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  OpenSupervisionInput,
  SupervisionCommands,
  SupervisionCommandType,
  SupervisionTimer,
  UnitFigures,
  UnitNotification,
  UnitRef,
  UnitSupervisionState,
} from '@firecase/domain';
import { SUPERVISION_COMMAND_TYPES } from '@firecase/domain';

export const UNIT_SUPERVISION_WORKFLOW = 'unitSupervisionWorkflow';

/** 督办编号, e.g. DB-2026-0001; also the workflow id: one workflow per unit supervision case. */
export const SUPERVISION_NUMBER_PATTERN = /^DB-\d{4}-\d{4,}$/;

export interface UnitSupervisionWorkflowInput extends OpenSupervisionInput {
  readonly resume?: {
    readonly state: UnitSupervisionState;
    readonly outbox: readonly UnitNotification[];
  };
  readonly historyEventLimit?: number;
}

export interface UnitSupervisionView {
  readonly state: UnitSupervisionState;
  /** What the case waits for next: a rung's due date, the unit's response window, … */
  readonly nextTimer?: SupervisionTimer;
}

export const SUPERVISION_RULE_VIOLATION = 'SupervisionRuleViolation';

type SupervisionUpdateDefinitions = {
  readonly [K in SupervisionCommandType]: UpdateDefinition<
    UnitSupervisionView,
    [SupervisionCommands[K]],
    K
  >;
};

export const SUPERVISION_UPDATES = Object.fromEntries(
  SUPERVISION_COMMAND_TYPES.map((type) => [
    type,
    defineUpdate<UnitSupervisionView, [SupervisionCommands[typeof type]]>(type),
  ]),
) as unknown as SupervisionUpdateDefinitions;

export const getSupervisionQuery = defineQuery<UnitSupervisionView>('getSupervision');

/** Activities of the unit supervision workflow; imported by the workflow as a type only. */
export interface UnitSupervisionActivities {
  /** The unit's figures in the campaign, as the read model stands now. */
  assessUnit(campaignCode: string, unit: UnitRef): Promise<UnitFigures>;
  /** Writes the read-model row and appends the case's new events to the audit trail. */
  projectSupervision(view: UnitSupervisionView): Promise<void>;
  deliverUnitNotifications(notifications: readonly UnitNotification[]): Promise<void>;
}
