import type { DigestActivities } from '@firecase/contract';
import { beijingDate } from '@firecase/notifications';
import type {
  CaseNotificationRepository,
  CaseSnapshotRepository,
  UserRepository,
} from '@firecase/persistence';
import { type DigestPerson, digestLines, digestNotification } from './daily-digest';
import type { StatutoryCalendarSource } from '../../activities/deadline-planner';
import { statutoryWorkingDay } from './working-day';

export interface DigestActivityDeps {
  readonly users: Pick<UserRepository, 'list'>;
  readonly cases: Pick<CaseSnapshotRepository, 'openCasesOfOfficer' | 'openCasesOfDepartment'>;
  readonly notifications: Pick<CaseNotificationRepository, 'enqueue'>;
  /** The statutory calendar in force (the administered years beside the library's). */
  readonly calendar: StatutoryCalendarSource;
}

/** The digest's activity: idempotent, since each digest's dedupe key is its day and person. */
export function createDigestActivities(deps: DigestActivityDeps): DigestActivities {
  return {
    async queueDailyDigests({ at }) {
      const now = new Date(at);
      const date = beijingDate(now);
      if (!(await statutoryWorkingDay(deps.calendar, date)))
        return { date, workingDay: false, queued: 0 };
      const people = (await deps.users.list()).filter(
        (u): u is typeof u & DigestPerson =>
          !u.disabled && (u.role === 'officer' || u.role === 'supervisor'),
      );
      const digests = [];
      for (const person of people) {
        const cases =
          person.role === 'officer'
            ? await deps.cases.openCasesOfOfficer(person.id)
            : await deps.cases.openCasesOfDepartment(person.departmentCode!);
        const lines = digestLines(person, cases, now);
        if (lines.length > 0) digests.push(digestNotification(person, lines, now));
      }
      // A second run for the same day (a retry, a manual trigger) queues nothing new.
      const queued = await deps.notifications.enqueue(digests);
      return { date, workingDay: true, queued };
    },
  };
}
