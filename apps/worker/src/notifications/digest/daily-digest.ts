import { labelOf, OBLIGATION_LABELS } from '@firecase/domain';
import { beijingDate, beijingTime } from '@firecase/notifications';
import type { NotificationToQueue, OpenCaseSummary } from '@firecase/persistence';

export interface DigestPerson {
  readonly id: string;
  readonly displayName: string;
  readonly role: 'officer' | 'supervisor';
  readonly departmentCode: string | null;
}

export interface DigestLine {
  readonly caseNumber: string;
  readonly address: string;
  readonly obligation: string;
  readonly dueAt?: string;
  readonly bucket: 'due_today' | 'overdue' | 'waiting';
}

const MAX_LINES = 20;
const BUCKET_TEXT = { due_today: '今日到期', overdue: '已逾期', waiting: '待处理' } as const;

/** What one person owes on their open cases, sorted into due today, overdue and waiting. */
export function digestLines(
  person: DigestPerson,
  cases: readonly OpenCaseSummary[],
  at: Date,
): DigestLine[] {
  const today = beijingDate(at);
  const lines: DigestLine[] = [];
  for (const c of cases) {
    for (const o of c.obligations) {
      if (o.owner !== person.role) continue;
      const bucket: DigestLine['bucket'] = !o.dueAt
        ? 'waiting'
        : Date.parse(o.dueAt) < at.getTime()
          ? 'overdue'
          : beijingDate(new Date(o.dueAt)) === today
            ? 'due_today'
            : 'waiting';
      lines.push({
        caseNumber: c.caseNumber,
        address: c.address,
        obligation: labelOf(OBLIGATION_LABELS, o.kind),
        dueAt: o.dueAt,
        bucket,
      });
    }
  }
  const order = { overdue: 0, due_today: 1, waiting: 2 };
  return lines.sort((a, b) => order[a.bucket] - order[b.bucket]);
}

/** The digest notification of one person for one day (deduplicated by day and person). */
export function digestNotification(
  person: DigestPerson,
  lines: readonly DigestLine[],
  at: Date,
): NotificationToQueue {
  const date = beijingDate(at);
  const count = (bucket: DigestLine['bucket']) => lines.filter((l) => l.bucket === bucket).length;
  const shown = lines
    .slice(0, MAX_LINES)
    .map(
      (l) =>
        `· ${l.caseNumber} ${l.address}：${l.obligation}（${BUCKET_TEXT[l.bucket]}` +
        `${l.dueAt ? `，期限${beijingTime(l.dueAt)}` : ''}）`,
    );
  if (lines.length > MAX_LINES) shown.push(`……另有${lines.length - MAX_LINES}项，请登录系统查看。`);
  return {
    dedupeKey: `daily_digest:${date}:${person.id}`,
    kind: 'daily_digest',
    message: `Daily digest for ${date}: ${lines.length} items`,
    recipients: [{ type: 'user', userId: person.id }],
    params: {
      date,
      dueTodayCount: String(count('due_today')),
      overdueCount: String(count('overdue')),
      waitingCount: String(count('waiting')),
      items: shown.join('\n'),
    },
  };
}
