import type { UnitSupervisionPolicy } from '../campaign/campaign-policy';
import type { Actor, RecordedActor } from '../case/actor';
import type { CaseEvent } from '../case/case-state';
import type { ChinaDate } from '../case/commands';
import type { EvidenceRef } from '../case/discovery';
import type { Unit } from '../units/unit';
import type { LagReason } from './lagging';
import type { UnitFigures } from './unit-figures';

/** The rungs of a unit supervision case, in order. */
export const SUPERVISION_RUNG_KINDS = [
  'supervision_notice', // 督办通知
  'criticism', // 通报批评 (a numbered notice)
  'interview', // 约谈单位负责人
] as const;
export type SupervisionRungKind = (typeof SUPERVISION_RUNG_KINDS)[number];

/** One rung: its due date, who acted, on what evidence. */
export interface SupervisionRung {
  readonly kind: SupervisionRungKind;
  readonly level: number;
  readonly openedAt: string;
  readonly dueAt: string;
  /** When its due date passed undone and the leaders were told (once). */
  missedAlertedAt?: string;
  /** 督办通知 and 通报批评: issued. */
  issued?: {
    readonly at: string;
    readonly by: Actor;
    readonly summary: string;
    readonly evidence: readonly EvidenceRef[];
    /** 通报批评: the number of its PDF notice, e.g. 太白消督〔2026〕第0001号. */
    readonly noticeNo?: string;
  };
  /** 约谈: when and where, and whom. */
  scheduled?: {
    readonly at: string;
    readonly location: string;
    readonly interviewee: string;
    readonly by: Actor;
  };
  /** 约谈: held, with its outcome and the date the unit committed to. */
  held?: {
    readonly at: string;
    readonly by: Actor;
    readonly outcome: string;
    readonly committedDate: ChinaDate;
    readonly evidence: readonly EvidenceRef[];
  };
  /** The end of the committed date (Beijing), when the unit's figures are looked at again. */
  commitmentDueAt?: string;
  commitmentMissedAt?: string;
}

export type SupervisionStatus = 'open' | 'closed';

/** 督办案件: one unit's supervision in one campaign, from opening to closure. */
export interface UnitSupervisionState {
  /** DB-YYYY-NNNN; also the workflow id. */
  readonly number: string;
  readonly campaign: { readonly code: string; readonly name: string };
  readonly unit: Unit;
  /** The campaign's supervision policy, copied when the case opened. */
  readonly policy: UnitSupervisionPolicy;
  readonly openedAt: string;
  readonly openedFor: readonly LagReason[];
  status: SupervisionStatus;
  /** The current rung's level: 1 督办通知, 2 通报批评, 3 约谈. */
  level: number;
  rungs: SupervisionRung[];
  figures: UnitFigures;
  /** When the unit's figures are next looked at. */
  nextEvaluationAt?: string;
  closure?: {
    readonly at: string;
    readonly by: RecordedActor;
    readonly reason: string;
    /** True when it closed because the figures recovered. */
    readonly recovered: boolean;
  };
  revision: number;
  events: CaseEvent[];
}

export const SUPERVISION_RUNG_LEVELS: Readonly<Record<SupervisionRungKind, number>> = {
  supervision_notice: 1,
  criticism: 2,
  interview: 3,
};

export function currentRung(state: UnitSupervisionState): SupervisionRung | undefined {
  return state.rungs.at(-1);
}

/** Whether the rung's own work is done (issued, or the interview held). */
export function isRungDone(rung: SupervisionRung): boolean {
  return rung.kind === 'interview' ? rung.held !== undefined : rung.issued !== undefined;
}

export function recordSupervisionEvent(
  state: UnitSupervisionState,
  at: string,
  type: string,
  actor: RecordedActor,
  summary: string,
  detail?: Record<string, unknown>,
): void {
  state.revision += 1;
  state.events.push({ seq: state.events.length + 1, at, type, actor, summary, detail });
}
