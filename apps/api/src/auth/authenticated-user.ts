import type { Request } from 'express';
import type { Actor, Role } from '@firecase/domain';

/** The signed-in user the guard loaded for this request. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly departmentCode: string | null;
  readonly communityCodes: readonly string[];
}

export type AuthenticatedRequest = Request & { user?: AuthenticatedUser };

/** The actor recorded in the workflow history and the audit trail. */
export function actorOf(user: AuthenticatedUser): Actor {
  return { userId: user.id, name: user.displayName, role: user.role };
}
