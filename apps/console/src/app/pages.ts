// One chunk per page: a phone in the field downloads the page it opens, not the whole console.
// The menu's pages are then warmed while the browser is idle (preloadMenuPages), unless it says
// the connection is slow or metered, so a menu click draws its page without waiting for a chunk.
import type { Role } from '@firecase/domain';
import type { ComponentType } from 'react';
import { navigationFor } from './navigation';

type PageModule = () => Promise<{ default: ComponentType }>;

export const PAGES = {
  workbench: () => import('../workbench/workbench-page'),
  register: () => import('../register/register-page'),
  ledger: () => import('../ledger/ledger-page'),
  caseDetail: () => import('../case-detail/case-detail-page'),
  supervision: () => import('../supervision/supervision-page'),
  audit: () => import('../audit/audit-page'),
  auditCase: () => import('../audit/audit-case-page'),
  users: () => import('../system/users-page'),
  organisation: () => import('../system/organisation-page'),
  inbox: () => import('../notifications/inbox-page'),
  auditLogs: () => import('../audit/audit-logs-page'),
  calendar: () => import('../system/calendar-page'),
  statistics: () => import('../statistics/statistics-page'),
  campaigns: () => import('../campaigns/campaigns-page'),
  campaignDetail: () => import('../campaigns/campaign-detail-page'),
  unitSupervision: () => import('../unit-supervision/unit-supervision-page'),
  unitCase: () => import('../unit-supervision/unit-case-page'),
  reports: () => import('../reports/reports-page'),
} satisfies Record<string, PageModule>;

export type PageName = keyof typeof PAGES;

interface NetworkInformation {
  readonly saveData?: boolean;
  readonly effectiveType?: string;
}

/** Whether the browser asks us to spare its connection (Save-Data, or a 2G/3G-like link). */
export function sparesConnection(connection: NetworkInformation | undefined): boolean {
  if (!connection) return false;
  return connection.saveData === true || /^(slow-2g|2g|3g)$/.test(connection.effectiveType ?? '');
}

/**
 * Loads the role's menu pages one by one while the browser is idle. Returns a function that
 * stops it (the shell unmounting, e.g. on 退出).
 */
export function preloadMenuPages(role: Role): () => void {
  const nav = navigator as Navigator & { connection?: NetworkInformation };
  if (sparesConnection(nav.connection)) return () => undefined;
  const queue: PageModule[] = navigationFor(role).map((entry) => PAGES[entry.page]);
  let stopped = false;
  let pending: number | undefined;
  const whenIdle = (run: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(run, { timeout: 2000 })
      : window.setTimeout(run, 200);
  const next = () => {
    const load = queue.shift();
    if (stopped || !load) return;
    // A chunk that fails to load here is loaded again (and its error shown) when opened.
    void load()
      .catch(() => undefined)
      .then(() => {
        if (!stopped) pending = whenIdle(next);
      });
  };
  pending = whenIdle(next);
  return () => {
    stopped = true;
    if (pending === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(pending);
    else window.clearTimeout(pending);
  };
}
