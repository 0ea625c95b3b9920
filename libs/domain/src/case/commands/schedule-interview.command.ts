import { CaseErrorCode } from '../case-error';
import { recordEvent } from '../case-events';
import { openRung, refuse, requireOpenRung, requireText } from '../checks';
import { isIsoInstant } from '../china-time';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';

/** 约谈: schedules the interview of the responsible unit's head. */
export const scheduleInterview: CaseCommandModule<'scheduleInterview'> = {
  type: 'scheduleInterview',
  roles: SUPERVISOR_ONLY,
  check(state, input) {
    requireOpenRung(state, 'interview');
    requireText(input.location, 'location');
    requireText(input.interviewee, 'interviewee');
    if (!isIsoInstant(input.at)) refuse(CaseErrorCode.InvalidInput, 'at must be an ISO date-time');
  },
  apply(state, input, { now, notify }) {
    const { actor, at, location, interviewee } = input;
    openRung(state, 'interview')!.scheduled = { at, location, interviewee, by: actor };
    recordEvent(
      state,
      now,
      'interview_scheduled',
      actor,
      `安排约谈 ${interviewee}，时间 ${at}，地点 ${location}`,
    );
    notify({
      audience: 'responsible_party',
      kind: 'interview_scheduled',
      message: `Interview (约谈) of ${interviewee} at ${at}, ${location}`,
      dedupeKey: `${state.caseNumber}:interview_scheduled:${at}`,
      params: { interviewAt: at, location, interviewee },
    });
  },
};
