import { CaseErrorCode } from '../case-error';
import { recordEvent } from '../case-events';
import { refuse, requireText } from '../checks';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';
import { DEFAULT_CASE_POLICY } from '../../policy/default-policy';
import { CURRENT_RULES_VERSION, rulesOf } from '../rules-version';
import { setDeadline } from '../set-deadline';

/**
 * 规则版本迁移: a running case keeps the rules it started under unless a supervisor moves it,
 * recorded with a reason. What the newer rules add from now on (the notice's due date, follow-ups)
 * starts at the migration; what was decided under the old rules (whether interim safeguards are
 * required) stands.
 */
export const migrateRules: CaseCommandModule<'migrateRules'> = {
  type: 'migrateRules',
  roles: SUPERVISOR_ONLY,
  check(state, input) {
    requireText(input.reason, 'reason');
    const from = rulesOf(state).version;
    if (!Number.isInteger(input.toVersion) || input.toVersion <= from) {
      refuse(CaseErrorCode.InvalidInput, `the case already runs under rules v${from}`);
    }
    if (input.toVersion > CURRENT_RULES_VERSION) {
      refuse(CaseErrorCode.InvalidInput, `there are no rules v${input.toVersion}`);
    }
  },
  deadlines(state, _input, now) {
    return state.status === 'awaiting_notice' && !state.noticeDueAt
      ? [
          {
            key: 'notice',
            from: now,
            rule: state.policy.noticeWithin ?? DEFAULT_CASE_POLICY.noticeWithin!,
          },
        ]
      : [];
  },
  apply(state, input, { now, deadline }) {
    const from = rulesOf(state).version;
    state.rulesVersion = input.toVersion;
    if (state.status === 'awaiting_notice' && !state.noticeDueAt) {
      const due = deadline('notice');
      state.noticeDueAt = due.dueAt;
      setDeadline(state, 'notice', due, now, '规则迁移后应在规定期限内下达整改通知书', input.actor);
    }
    recordEvent(
      state,
      now,
      'rules_migrated',
      input.actor,
      `规则版本由 v${from} 迁移至 v${input.toVersion}：${input.reason}`,
      { from, to: input.toVersion },
    );
  },
};
