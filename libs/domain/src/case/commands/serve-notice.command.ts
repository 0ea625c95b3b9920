import { recordEvent } from '../case-events';
import { requirePastInstant, requireStatus, requireText } from '../checks';
import { chinaDateOf } from '../china-time';
import { type CaseCommandModule, OFFICER_OR_SUPERVISOR } from '../command-module';
import { SERVICE_METHOD_LABELS } from '../../labels/zh-cn';
import { setDeadline } from '../set-deadline';

/** 送达: the rectification period runs; interim safeguards fall due if required. */
export const serveNotice: CaseCommandModule<'serveNotice'> = {
  type: 'serveNotice',
  roles: OFFICER_OR_SUPERVISOR,
  check(state, input, now) {
    requireStatus(
      state,
      ['awaiting_service'],
      state.status === 'awaiting_notice'
        ? 'no notice has been issued yet'
        : 'the notice has already been served',
    );
    requireText(input.recipient, 'recipient');
    requirePastInstant(input.servedAt, 'servedAt', now, {
      at: state.notice?.issuedAt ?? state.discovery.discoveredAt,
      what: 'the notice was issued',
    });
  },
  deadlines(state, input, now) {
    return state.interim?.required
      ? [
          {
            key: 'interim_measures',
            from: input.servedAt ?? now,
            rule: state.policy.interimMeasures.recordWithin,
          },
        ]
      : [];
  },
  apply(state, input, { now, deadline, notify }) {
    const { actor, method, recipient, evidence } = input;
    const servedAt = input.servedAt ?? now;
    state.notice!.served = { servedAt, method, recipient, recordedBy: actor, evidence };
    state.status = 'rectifying';
    if (state.interim?.required) {
      const due = deadline('interim_measures');
      state.interim = { ...state.interim, dueAt: due.dueAt };
      setDeadline(state, 'interim_measures', due, now, '须落实临时防范措施', actor);
    }
    recordEvent(
      state,
      now,
      'notice_served',
      actor,
      `整改通知书已${SERVICE_METHOD_LABELS[method]}，签收人：${recipient}`,
      { servedAt, method, recipient },
    );
    notify({
      audience: 'responsible_party',
      kind: 'notice_served',
      message: `Rectification notice served; rectify by ${chinaDateOf(state.deadlineAt!)}`,
      dedupeKey: `${state.caseNumber}:notice_served`,
      params: { deadlineAt: state.deadlineAt! },
    });
  },
};
