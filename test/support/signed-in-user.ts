import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { AuthService, hashPassword } from '@firecase/api';
import { type Actor, DEPARTMENTS, type Role } from '@firecase/domain';
import { OrganisationRepository, type UserRecord, UserRepository } from '@firecase/persistence';

export interface TestUserSpec {
  readonly role: Role;
  /** Officers and supervisors; defaults to planning_environment for them. */
  readonly department?: string;
  readonly communities?: readonly string[];
  readonly displayName?: string;
}

/**
 * Bearer headers of a user made for the test: pass them to supertest's `.set()` as the X-User-*
 * headers were passed before. `actorOf(headers)` and `userOf(headers)` say who they belong to.
 * Filled in by a beforeAll hook.
 */
export type BearerHeaders = Record<string, string>;

interface TestUser {
  readonly user: UserRecord;
  readonly password: string;
}

const usersByHeaders = new WeakMap<BearerHeaders, TestUser>();

function testUserOf(headers: BearerHeaders): TestUser {
  const found = usersByHeaders.get(headers);
  if (!found) throw new Error('the test user is made in beforeAll; use it inside a test');
  return found;
}

export function userOf(headers: BearerHeaders): UserRecord {
  return testUserOf(headers).user;
}

export function passwordOf(headers: BearerHeaders): string {
  return testUserOf(headers).password;
}

/** The actor the workflow and the audit trail record for this user. */
export function actorOf(headers: BearerHeaders): Actor {
  const { user } = testUserOf(headers);
  return { userId: user.id, name: user.displayName, role: user.role };
}

let counter = 0;

/** Makes the user straight through the repositories (no admin needed) and issues it tokens. */
export async function createSignedInUser(
  api: INestApplication,
  spec: TestUserSpec,
  into: BearerHeaders = {},
): Promise<BearerHeaders> {
  const organisation = api.get(OrganisationRepository);
  for (const department of DEPARTMENTS) {
    await organisation.addDepartment({ code: department.code, name: department.nameEn });
  }
  for (const community of spec.communities ?? []) {
    await organisation.addCommunity({ code: community, name: community, grids: [] });
  }
  counter += 1;
  const username = `${spec.role}-${Date.now().toString(36)}-${counter}-${randomBytes(3).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  const inDepartment = spec.role === 'officer' || spec.role === 'supervisor';
  const user = await api.get(UserRepository).create({
    username,
    displayName: spec.displayName ?? username,
    role: spec.role,
    departmentCode: inDepartment ? (spec.department ?? 'planning_environment') : null,
    communityCodes: spec.communities ?? [],
    passwordHash: await hashPassword(password),
  });
  if (!user) throw new Error(`test user ${username} exists already`);
  const tokens = await api.get(AuthService).issue(user);
  into.Authorization = `Bearer ${tokens.accessToken}`;
  usersByHeaders.set(into, { user, password });
  return into;
}

/** A signed-in user for the tests of a describe; call after useRealStack({ api: true }). */
export function signedInUser(
  stack: { readonly api: INestApplication },
  spec: TestUserSpec,
): BearerHeaders {
  const headers: BearerHeaders = {};
  beforeAll(async () => {
    await createSignedInUser(stack.api, spec, headers);
  });
  return headers;
}
