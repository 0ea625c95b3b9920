import { randomBytes } from 'node:crypto';
import { DEPARTMENTS } from '@firecase/domain';
import type {
  CommunityRecord,
  OrganisationRepository,
  UserRepository,
  UserToCreate,
} from '@firecase/persistence';
import { hashPassword } from '../auth/password-hasher';

/** Invented communities (村/社区) and grids (网格) of the Taibai sub-district, for local use only. */
export const DEMO_COMMUNITIES: readonly CommunityRecord[] = [
  {
    code: 'Taibai Community',
    name: '太白社区',
    grids: [
      { code: 'G-01', name: '开元路网格' },
      { code: 'G-02', name: '老街网格' },
      { code: 'G-03', name: '滨江网格' },
    ],
  },
  {
    code: 'Gaosuntang Community',
    name: '高笋塘社区',
    grids: [
      { code: 'G-07', name: '太白路网格' },
      { code: 'G-08', name: '半山网格' },
    ],
  },
  {
    code: 'Xintian Community',
    name: '新田社区',
    grids: [{ code: 'G-11', name: '双河路网格' }],
  },
  {
    code: 'Cuiping Community',
    name: '翠屏社区',
    grids: [
      { code: 'G-31', name: '翠屏路网格' },
      { code: 'G-32', name: '学府网格' },
    ],
  },
  {
    code: 'Qinglong Village',
    name: '青龙村',
    grids: [
      { code: 'G-41', name: '一组网格' },
      { code: 'G-42', name: '二组网格' },
    ],
  },
];

type DemoUser = Omit<UserToCreate, 'passwordHash'>;

const officer = (
  username: string,
  displayName: string,
  departmentCode: string,
  communities: string[],
): DemoUser => ({
  username,
  displayName,
  role: 'officer',
  departmentCode,
  communityCodes: communities,
});

const supervisor = (username: string, displayName: string, departmentCode: string): DemoUser => ({
  username,
  displayName,
  role: 'supervisor',
  departmentCode,
  communityCodes: [],
});

/**
 * People with invented Chinese names: the first four (one of each role) are the ones the README
 * signs in with; the others staff the departments the demo cases belong to (规环办 with two
 * officers, the others with one).
 */
export const DEMO_USERS: readonly DemoUser[] = [
  officer('officer.li', '李伟', 'planning_environment', ['Taibai Community']),
  supervisor('supervisor.zhang', '张敏', 'planning_environment'),
  {
    username: 'auditor.chen',
    displayName: '陈静',
    role: 'auditor',
    departmentCode: null,
    communityCodes: [],
  },
  {
    username: 'admin.wang',
    displayName: '王涛',
    role: 'administrator',
    departmentCode: null,
    communityCodes: [],
  },
  // A second officer of 规环办, so that 变更承办人 has someone to hand a case to.
  officer('officer.liu', '刘洋', 'planning_environment', ['Taibai Community']),
  officer('officer.zhao', '赵磊', 'emergency', ['Gaosuntang Community']),
  supervisor('supervisor.wu', '吴刚', 'emergency'),
  officer('officer.sun', '孙婷', 'economic_development', ['Xintian Community']),
  supervisor('supervisor.zheng', '郑丽', 'economic_development'),
  officer('officer.zhou', '周健', 'social_affairs', ['Cuiping Community']),
  supervisor('supervisor.feng', '冯涛', 'social_affairs'),
  officer('officer.he', '何静', 'cultural_service', ['Qinglong Village']),
  supervisor('supervisor.ma', '马超', 'cultural_service'),
];

export interface SeededUser {
  readonly username: string;
  readonly role: string;
  /** The generated password; undefined when the user existed and was kept as it was. */
  readonly password?: string;
}

/**
 * Loads the demo organisation: the catalogue's six departments, five communities with their grids,
 * and the demo people, each with a generated password. Re-running adds what is missing and keeps
 * existing users (and their passwords) as they are.
 */
export async function seedDemoOrganisation(
  organisation: OrganisationRepository,
  users: UserRepository,
): Promise<SeededUser[]> {
  for (const department of DEPARTMENTS) {
    await organisation.addDepartment({ code: department.code, name: department.nameZh });
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
