import {
  type CampaignDefinition,
  type CampaignPolicy,
  DEFAULT_CAMPAIGN_POLICY,
  type Duration,
} from '@firecase/domain';
import type { CampaignPolicyDto, DurationDto } from './dto/campaign-policy.dto';
import type { DefineCampaignDto } from './dto/define-campaign.dto';
import { endInstant, startInstant } from './dto/period-bound.decorator';

/** The definition a request describes, without who defined it and when. */
export function definitionOf(
  dto: DefineCampaignDto,
): Omit<CampaignDefinition, 'definedBy' | 'definedAt'> {
  const policy = policyOf(dto.policy);
  return {
    code: dto.code,
    name: dto.name,
    startsAt: startInstant(dto.start),
    endsAt: endInstant(dto.end),
    categories: dto.categories.map((c) => ({
      category: c.category,
      leadDepartment: c.leadDepartment,
      responsibleLeader: c.responsibleLeader,
    })),
    keyPeriods: dto.keyPeriods.map((p) => ({
      code: p.code,
      name: p.name,
      startsAt: startInstant(p.start),
      endsAt: endInstant(p.end ?? p.start),
      calls: p.calls,
      placeTypes: p.placeTypes ?? policy.keyPeriods.defaultPlaceTypes,
      ...(p.note ? { note: p.note } : {}),
    })),
    policy,
  };
}

/** The office's current policy, with the request's overrides part by part. */
export function policyOf(dto: CampaignPolicyDto | undefined): CampaignPolicy {
  const base = DEFAULT_CAMPAIGN_POLICY;
  if (!dto) return base;
  const k = dto.keyPeriods;
  const s = dto.supervision;
  return {
    version: dto.version,
    keyPeriods: {
      warningBeforeStart: span(k?.warningBeforeStart, base.keyPeriods.warningBeforeStart),
      sweepOpensBeforeStart: span(k?.sweepOpensBeforeStart, base.keyPeriods.sweepOpensBeforeStart),
      sweepDueAfterEnd: span(k?.sweepDueAfterEnd, base.keyPeriods.sweepDueAfterEnd),
      nightPatrolFirstAfterStart: span(
        k?.nightPatrolFirstAfterStart,
        base.keyPeriods.nightPatrolFirstAfterStart,
      ),
      nightPatrolEvery: span(k?.nightPatrolEvery, base.keyPeriods.nightPatrolEvery),
      defaultPlaceTypes: k?.defaultPlaceTypes ?? base.keyPeriods.defaultPlaceTypes,
    },
    recordingGraceAfterEnd: span(dto.recordingGraceAfterEnd, base.recordingGraceAfterEnd),
    supervision: {
      evaluateEvery: span(s?.evaluateEvery, base.supervision.evaluateEvery),
      overdueRateAbovePercent:
        s?.overdueRateAbovePercent ?? base.supervision.overdueRateAbovePercent,
      minimumCasesForRate: s?.minimumCasesForRate ?? base.supervision.minimumCasesForRate,
      caseOverdueMoreThanDays:
        s?.caseOverdueMoreThanDays ?? base.supervision.caseOverdueMoreThanDays,
      undoneSweepTasksAbove: s?.undoneSweepTasksAbove ?? base.supervision.undoneSweepTasksAbove,
      rungs: {
        supervisionNoticeWithin: span(
          s?.rungs?.supervisionNoticeWithin,
          base.supervision.rungs.supervisionNoticeWithin,
        ),
        responseWindow: span(s?.rungs?.responseWindow, base.supervision.rungs.responseWindow),
        criticismWithin: span(s?.rungs?.criticismWithin, base.supervision.rungs.criticismWithin),
        interviewHeldWithin: span(
          s?.rungs?.interviewHeldWithin,
          base.supervision.rungs.interviewHeldWithin,
        ),
        commitmentAtMost: span(s?.rungs?.commitmentAtMost, base.supervision.rungs.commitmentAtMost),
      },
    },
  };
}

function span(dto: DurationDto | undefined, fallback: Duration): Duration {
  if (!dto) return fallback;
  const { days, hours, minutes, seconds } = dto;
  return {
    ...(days === undefined ? {} : { days }),
    ...(hours === undefined ? {} : { hours }),
    ...(minutes === undefined ? {} : { minutes }),
    ...(seconds === undefined ? {} : { seconds }),
  };
}
