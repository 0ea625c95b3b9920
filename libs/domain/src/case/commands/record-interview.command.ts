import { recordEvent } from '../case-events';
import { moveDeadline } from '../case-steps';
import { openRung, requireFutureDate, requireOpenRung, requireText } from '../checks';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';

/** 约谈: its outcome; the date the unit committed to becomes the deadline in force. */
export const recordInterview: CaseCommandModule<'recordInterview'> = {
  type: 'recordInterview',
  roles: SUPERVISOR_ONLY,
  check(state, input, now) {
    requireOpenRung(state, 'interview');
    requireText(input.summary, 'summary');
    requireFutureDate(input.committedDate, 'committedDate', now);
  },
  deadlines(_state, input, now) {
    return [{ key: 'commitment', from: now, rule: { endOfDate: input.committedDate } }];
  },
  apply(state, input, { now, deadline }) {
    const { actor, summary, committedDate, evidence } = input;
    openRung(state, 'interview')!.completed = { at: now, by: actor, summary, evidence };
    const commitment = deadline('commitment');
    state.commitmentDeadline = commitment.dueAt;
    moveDeadline(state, commitment, now, `约谈承诺整改期限：${summary}`, actor, 'commitment');
    recordEvent(
      state,
      now,
      'interview_held',
      actor,
      `约谈完成，责任单位承诺于 ${committedDate} 前整改完毕`,
      { commitment: commitment.dueAt },
    );
  },
};
