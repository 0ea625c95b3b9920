// What each role finds in the menu. A feature is one entry here, its chunk in pages.ts and its
// route in app.tsx; each entry's roles are those the API lets read it (apps/api/src/authz).
// 通知 is the header's bell, for every role. A console path never equals an API path (the API
// answers those first), hence /analysis for 统计 and /special-campaigns for 专项行动.
import type { Role } from '@firecase/domain';
import type { PageName } from './pages';

export interface NavEntry {
  readonly path: string;
  readonly name: string;
  readonly roles: readonly Role[];
  /** The page's chunk (pages.ts), preloaded while the browser is idle. */
  readonly page: PageName;
}

export const ROUTES = {
  login: '/login',
  oidcCallback: '/login/callback',
  workbench: '/workbench',
  register: '/register',
  ledger: '/ledger',
  case: (caseNumber: string) => `/case/${encodeURIComponent(caseNumber)}`,
  supervision: '/supervision',
  audit: '/audit',
  auditCase: (caseNumber: string) => `/audit/${encodeURIComponent(caseNumber)}`,
  users: '/system/users',
  organisation: '/system/organisation',
  notifications: '/inbox', // not /notifications: that path is the API's
  auditLogs: '/audit-log',
  calendar: '/system/calendar',
  statistics: '/analysis',
  campaigns: '/special-campaigns',
  campaign: (code: string) => `/special-campaigns/${encodeURIComponent(code)}`,
  unitSupervision: '/unit-supervision',
  unitSupervisionCase: (number: string) => `/unit-supervision/${encodeURIComponent(number)}`,
  reports: '/progress-reports',
} as const;

export const NAVIGATION: readonly NavEntry[] = [
  { path: ROUTES.workbench, page: 'workbench', name: '工作台', roles: ['officer'] },
  { path: ROUTES.supervision, page: 'supervision', name: '督办', roles: ['supervisor'] },
  { path: ROUTES.register, page: 'register', name: '登记隐患', roles: ['officer', 'supervisor'] },
  {
    path: ROUTES.ledger,
    page: 'ledger',
    name: '隐患台账',
    roles: ['officer', 'supervisor', 'auditor'],
  },
  {
    path: ROUTES.unitSupervision,
    page: 'unitSupervision',
    name: '督导考核',
    roles: ['officer', 'supervisor', 'auditor'],
  },
  {
    path: ROUTES.campaigns,
    page: 'campaigns',
    name: '专项行动',
    roles: ['officer', 'supervisor', 'auditor', 'administrator'],
  },
  {
    path: ROUTES.statistics,
    page: 'statistics',
    name: '统计分析',
    roles: ['officer', 'supervisor', 'auditor'],
  },
  { path: ROUTES.reports, page: 'reports', name: '工作报告', roles: ['supervisor', 'auditor'] },
  { path: ROUTES.audit, page: 'audit', name: '审计', roles: ['auditor'] },
  { path: ROUTES.auditLogs, page: 'auditLogs', name: '访问与管理日志', roles: ['auditor'] },
  { path: ROUTES.users, page: 'users', name: '用户管理', roles: ['administrator'] },
  { path: ROUTES.organisation, page: 'organisation', name: '组织机构', roles: ['administrator'] },
  { path: ROUTES.calendar, page: 'calendar', name: '法定节假日', roles: ['administrator'] },
];

/** Where a role lands after signing in. */
export const HOME: Readonly<Record<Role, string>> = {
  officer: ROUTES.workbench,
  supervisor: ROUTES.supervision,
  auditor: ROUTES.audit,
  administrator: ROUTES.users,
};

export function navigationFor(role: Role): NavEntry[] {
  return NAVIGATION.filter((entry) => entry.roles.includes(role));
}
