import { randomBytes } from 'node:crypto';
import { DEPARTMENTS } from '@firecase/domain';
import type {
  CommunityRecord,
  OrganisationRepository,
  UserRepository,
  UserToCreate,
} from '@firecase/persistence';
import { hashPassword } from '../auth/password-hasher';

/** Invented communities and grids of the Taibai sub-district, for local use only. */
export const DEMO_COMMUNITIES: readonly CommunityRecord[] = [
  {
    code: 'Taibai Community',
    name: '太白社区',
    grids: [
      { code: 'G-01', name: 'Kaiyuan Road grid' },
      { code: 'G-02', name: 'Old market grid' },
      { code: 'G-03', name: 'Riverside grid' },
    ],
  },
  {
    code: 'Gaosuntang Community',
    name: '高笋塘社区',
    grids: [
      { code: 'G-07', name: 'Taibai Road grid' },
      { code: 'G-08', name: 'Hillside grid' },
    ],
  },
  {
    code: 'Xintian Community',
    name: '新田社区',
    grids: [{ code: 'G-11', name: 'Shuanghe Road grid' }],
  },
];

/** One user of each role, with invented names. */
export const DEMO_USERS: readonly Omit<UserToCreate, 'passwordHash'>[] = [
  {
    username: 'officer.li',
    displayName: 'Li Wei',
    role: 'officer',
    departmentCode: 'planning_environment',
    communityCodes: ['Taibai Community'],
  },
  {
    username: 'supervisor.zhang',
    displayName: 'Zhang Min',
    role: 'supervisor',
    departmentCode: 'planning_environment',
    communityCodes: [],
  },
  {
    username: 'auditor.chen',
    displayName: 'Chen Jing',
    role: 'auditor',
    departmentCode: null,
    communityCodes: [],
  },
  {
    username: 'admin.wang',
    displayName: 'Wang Tao',
    role: 'administrator',
    departmentCode: null,
    communityCodes: [],
  },
];

export interface SeededUser {
  readonly username: string;
  readonly role: string;
  /** The generated password; undefined when the user existed and was kept as it was. */
  readonly password?: string;
}

/**
 * Loads the demo organisation: the catalogue's six departments, a few communities and grids, and
 * one user of each role with a generated password. Re-running adds what is missing and keeps
 * existing users (and their passwords) as they are.
 */
export async function seedDemoOrganisation(
  organisation: OrganisationRepository,
  users: UserRepository,
): Promise<SeededUser[]> {
  for (const department of DEPARTMENTS) {
    await organisation.addDepartment({
      code: department.code,
      name: `${department.nameZh} ${department.nameEn}`,
    });
  }
  for (const community of DEMO_COMMUNITIES) await organisation.addCommunity(community);
  const seeded: SeededUser[] = [];
  for (const user of DEMO_USERS) {
    if (await users.findByUsername(user.username)) {
      seeded.push({ username: user.username, role: user.role });
      continue;
    }
    const password = randomBytes(12).toString('base64url');
    const created = await users.create({ ...user, passwordHash: await hashPassword(password) });
    seeded.push({
      username: user.username,
      role: user.role,
      password: created ? password : undefined,
    });
  }
  return seeded;
}
