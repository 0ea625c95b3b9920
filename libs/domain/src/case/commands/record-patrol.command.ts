import { CaseErrorCode } from '../case-error';
import { recordEvent } from '../case-events';
import { ACTIVE, refuse, requireServed, requireStatus } from '../checks';
import { addCalendarDaysTo } from '../china-time';
import { type CaseCommandModule, OFFICER_OR_SUPERVISOR } from '../command-module';

/** 巡查: a patrol of the interim safeguards; measures found missing alert the leader. */
export const recordPatrol: CaseCommandModule<'recordPatrol'> = {
  type: 'recordPatrol',
  roles: OFFICER_OR_SUPERVISOR,
  check(state) {
    requireServed(state, 'record a patrol');
    requireStatus(state, ACTIVE, 'patrols are only recorded while the hazard is being rectified');
    if (!state.interim?.measures) {
      refuse(
        CaseErrorCode.InterimMeasuresMissing,
        'no interim measures have been recorded to patrol',
      );
    }
  },
  apply(state, input, { now, notify }) {
    const { actor, measuresInPlace, note, evidence } = input;
    const interim = state.interim!;
    interim.patrols.push({ at: now, by: actor, measuresInPlace, note, evidence });
    interim.nextPatrolDueAt = addCalendarDaysTo(
      now,
      state.policy.interimMeasures.patrolEveryCalendarDays,
    );
    recordEvent(
      state,
      now,
      'patrol_recorded',
      actor,
      measuresInPlace ? '巡查：临时防范措施落实到位' : '巡查：临时防范措施未落实',
      { nextPatrolDueAt: interim.nextPatrolDueAt, note },
    );
    if (!measuresInPlace) {
      notify({
        audience: 'department_leader',
        kind: 'interim_measures_breached',
        message: `Patrol found interim measures not in place${note ? `: ${note}` : ''}`,
        dedupeKey: `${state.caseNumber}:patrol_breach:${now}`,
        params: note ? { note } : {},
      });
    }
  },
};
