import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '@firecase/api';
import { type Actor, DEPARTMENTS } from '@firecase/domain';
import { dataSourceOptions, OrganisationRepository, UserRepository } from '@firecase/persistence';
import { BenchAbort } from '../bench-abort';

/** The department every benchmark case belongs to, so one officer and one supervisor can act. */
export const BENCH_DEPARTMENT = 'planning_environment';

export type BenchRole = 'officer' | 'supervisor';

export interface BenchUsers {
  /** Access tokens, by role. */
  readonly tokens: Record<BenchRole, string>;
  /** The officer as a case records who registered it (for cases opened straight in Temporal). */
  readonly officer: Actor;
}

/**
 * Makes (or reuses) the benchmark's officer and supervisor in the app's database with a fresh
 * password each run, and signs them in through the API like any client.
 */
export async function signInBenchUsers(apiUrl: string, databaseUrl: string): Promise<BenchUsers> {
  const dataSource = await new DataSource(
    dataSourceOptions({ url: databaseUrl, poolSize: 2, ssl: false }),
  ).initialize();
  try {
    const organisation = new OrganisationRepository(dataSource);
    const users = new UserRepository(dataSource);
    for (const department of DEPARTMENTS)
      await organisation.addDepartment({ code: department.code, name: department.nameEn });
    const tokens = {} as Record<BenchRole, string>;
    let officer: Actor | undefined;
    for (const role of ['officer', 'supervisor'] as const) {
      const username = `bench-${role}`;
      const password = randomBytes(18).toString('base64url');
      const passwordHash = await hashPassword(password);
      const existing = await users.findByUsername(username);
      if (existing) await users.setPasswordHash(existing.id, passwordHash);
      else {
        await users.create({
          username,
          displayName: `Bench ${role}`,
          role,
          departmentCode: BENCH_DEPARTMENT,
          communityCodes: [],
          passwordHash,
        });
      }
      tokens[role] = await login(apiUrl, username, password);
      const user = await users.findByUsername(username);
      if (role === 'officer' && user) {
        officer = { userId: user.id, name: user.displayName, role: 'officer' };
      }
    }
    if (!officer) throw new BenchAbort('the bench officer was not found after signing in');
    return { tokens, officer };
  } finally {
    await dataSource.destroy();
  }
}

async function login(apiUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200)
    throw new BenchAbort(
      `could not sign in ${username}: HTTP ${response.status} ${await response.text()}`,
    );
  return ((await response.json()) as { accessToken: string }).accessToken;
}
