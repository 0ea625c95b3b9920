import { recordEvent } from '../case-events';
import { interimMeasuresRequired } from '../case-steps';
import { requirePastInstant, requireStatus, requireText } from '../checks';
import { chinaDateOf } from '../china-time';
import { type CaseCommandModule, OFFICER_OR_SUPERVISOR } from '../command-module';
import { setDeadline } from '../set-deadline';

/** 下达整改通知书: sets the rectification deadline and the service clock. */
export const issueNotice: CaseCommandModule<'issueNotice'> = {
  type: 'issueNotice',
  roles: OFFICER_OR_SUPERVISOR,
  document: 'rectification_notice',
  check(state, input, now) {
    requireText(input.requirements, 'requirements');
    requireStatus(state, ['awaiting_notice'], 'a notice has already been issued');
    requirePastInstant(input.issuedAt, 'issuedAt', now, {
      at: state.discovery.discoveredAt,
      what: 'the hazard was discovered',
    });
  },
  deadlines(state, input, now) {
    const issuedAt = input.issuedAt ?? now;
    return [
      {
        key: 'rectification',
        from: issuedAt,
        rule: state.policy.rectification[state.discovery.severity],
      },
      { key: 'service', from: issuedAt, rule: state.policy.serviceWithin },
    ];
  },
  apply(state, input, { now, deadline }) {
    const { actor, requirements } = input;
    const issuedAt = input.issuedAt ?? now;
    const rectification = deadline('rectification');
    const service = deadline('service');
    state.notice = { issuedAt, issuedBy: actor, requirements, serviceDueAt: service.dueAt };
    setDeadline(state, 'service', service, now, '整改通知书应在规定期限内送达', actor);
    setDeadline(
      state,
      'rectification',
      rectification,
      now,
      `政策 ${state.policy.version}：${state.discovery.severity === 'major' ? '重大' : '一般'}隐患整改期限`,
      actor,
    );
    state.deadlineAt = rectification.dueAt;
    state.interim = {
      required: interimMeasuresRequired(state, issuedAt, rectification.dueAt),
      patrols: [],
      missedPatrols: [],
    };
    state.status = 'awaiting_service';
    recordEvent(
      state,
      now,
      'notice_issued',
      actor,
      `下达整改通知书，限 ${chinaDateOf(rectification.dueAt)} 前整改完毕`,
      {
        deadlineAt: rectification.dueAt,
        serviceDueAt: service.dueAt,
        interimMeasuresRequired: state.interim.required,
      },
    );
  },
};
