import type { Actor, RecordedActor } from '../case/actor';
import type { CaseEvent } from '../case/case-state';
import type { EvidenceRef } from '../case/discovery';
import type { Unit } from '../units/unit';
import type { CampaignDefinition } from './campaign';
import type { CampaignStepKind } from './campaign-steps';
import type { PlaceType } from './place-types';

export type CampaignStatus =
  | 'scheduled' // defined, not started
  | 'running'
  | 'ended' // past its end; sweep inspections may still be recorded
  | 'closed' // recording closed too; the workflow has finished
  | 'cancelled';

export type SweepTaskStatus = 'open' | 'done' | 'missed' | 'cancelled';

/** 集中检查任务: one unit's share of a key period's concentrated inspection. */
export interface SweepTask {
  /** `<key period code>.<nn>`, e.g. 'spring-festival.03'. */
  readonly id: string;
  readonly keyPeriodCode: string;
  readonly unit: Unit;
  readonly placeTypes: readonly PlaceType[];
  readonly openedAt: string;
  readonly dueAt: string;
  status: SweepTaskStatus;
  /** When the campaign noticed it past due and told the unit. */
  overdueAlertedAt?: string;
  inspection?: SweepInspection;
}

/** The inspection that does a task: what was inspected, what was found, which hazards opened. */
export interface SweepInspection {
  readonly recordedAt: string;
  readonly inspectedAt: string;
  readonly by: Actor;
  readonly placesInspected: readonly { readonly placeType: PlaceType; readonly count: number }[];
  readonly findings: string;
  /** Hazards registered from this inspection, through the case-opening service. */
  readonly hazardCaseNumbers: readonly string[];
  readonly evidence: readonly EvidenceRef[];
}

/** A step of the plan as it happened: carried out, or skipped because it came too late. */
export interface CampaignStepRecord {
  readonly id: string;
  readonly kind: CampaignStepKind;
  readonly at: string;
  readonly firedAt: string;
  readonly outcome: 'done' | 'skipped';
  readonly recipients: number;
}

/** A unit supervision case this campaign opened. */
export interface OpenedSupervision {
  readonly number: string;
  readonly unitKey: string;
  readonly openedAt: string;
}

/** Everything the campaign workflow knows; the query returns it, the read model mirrors it. */
export interface CampaignState {
  readonly campaign: CampaignDefinition;
  status: CampaignStatus;
  /** Bumped on every change; the read model only accepts a newer revision. */
  revision: number;
  steps: CampaignStepRecord[];
  tasks: SweepTask[];
  /** While running: when the units' figures are next looked at (督导考核). */
  nextEvaluationAt?: string;
  supervisions: OpenedSupervision[];
  cancelled?: { readonly at: string; readonly by: Actor; readonly reason: string };
  events: CaseEvent[];
}

/** Appends to the campaign's timeline and bumps its revision: every change goes through here. */
export function recordCampaignEvent(
  state: CampaignState,
  at: string,
  type: string,
  actor: RecordedActor,
  summary: string,
  detail?: Record<string, unknown>,
): void {
  state.revision += 1;
  state.events.push({ seq: state.events.length + 1, at, type, actor, summary, detail });
}

export function isCampaignFinished(status: CampaignStatus): boolean {
  return status === 'closed' || status === 'cancelled';
}
