/** Who a notification is for. */
export type Audience = 'officer' | 'responsible_party' | 'department_leader' | 'supervisor';

/**
 * A side effect the workflow asks an activity to carry out. `dedupeKey` makes delivery
 * idempotent: a retried activity, or a replayed workflow, never notifies twice. `message` is an
 * English line for logs; what people read comes from the zh-CN template of `kind`, filled from the
 * case and `params`.
 */
export interface CaseNotification {
  readonly caseNumber: string;
  readonly audience: Audience;
  readonly kind: string;
  readonly message: string;
  readonly dedupeKey: string;
  readonly params?: Readonly<Record<string, string>>;
}

export type Notify = (notification: Omit<CaseNotification, 'caseNumber'>) => void;

/** Collects the notifications one step of a case causes, stamped with its case number. */
export function notifier(caseNumber: string): {
  notifications: CaseNotification[];
  notify: Notify;
} {
  const notifications: CaseNotification[] = [];
  const notify: Notify = (n) => notifications.push({ caseNumber, ...n });
  return { notifications, notify };
}
