/** Who a notification is for. */
export type Audience = 'officer' | 'responsible_party' | 'department_leader' | 'supervisor';

/**
 * A side effect the workflow asks an activity to carry out. `dedupeKey` makes delivery
 * idempotent: a retried activity, or a replayed workflow, never notifies twice.
 */
export interface CaseNotification {
  readonly caseNumber: string;
  readonly audience: Audience;
  readonly kind: string;
  readonly message: string;
  readonly dedupeKey: string;
}

/** Collects the notifications one step of a case causes, stamped with its case number. */
export function notifier(caseNumber: string) {
  const notifications: CaseNotification[] = [];
  const notify = (n: Omit<CaseNotification, 'caseNumber'>) =>
    notifications.push({ caseNumber, ...n });
  return { notifications, notify };
}
