/** Who may act on a case. The full permission matrix (issue: roles) builds on these roles. */
export const ROLES = ['officer', 'supervisor', 'auditor', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** The person performing an action; recorded with every step of the case. */
export interface Actor {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
}

/** What the system does by itself (timers, escalations) is recorded under this actor. */
export const SYSTEM_ACTOR = { userId: 'system', name: 'system', role: 'system' } as const;
export type RecordedActor = Actor | typeof SYSTEM_ACTOR;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
