import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { LoginPage } from '../auth/login-page';
import { OidcCallbackPage } from '../auth/oidc-callback-page';
import { RequireSignIn, useProfile } from '../auth/profile-context';
import { NotFoundPage } from '../shared/not-found-page';
import { HOME, ROUTES } from './navigation';
import { Shell } from './shell';

// One chunk per page: a phone in the field downloads the page it opens, not the whole console.
const WorkbenchPage = lazy(() => import('../workbench/workbench-page'));
const RegisterPage = lazy(() => import('../register/register-page'));
const LedgerPage = lazy(() => import('../ledger/ledger-page'));
const CaseDetailPage = lazy(() => import('../case-detail/case-detail-page'));
const SupervisionPage = lazy(() => import('../supervision/supervision-page'));
const AuditPage = lazy(() => import('../audit/audit-page'));
const AuditCasePage = lazy(() => import('../audit/audit-case-page'));
const UsersPage = lazy(() => import('../system/users-page'));
const OrganisationPage = lazy(() => import('../system/organisation-page'));
const InboxPage = lazy(() => import('../notifications/inbox-page'));
const AuditLogsPage = lazy(() => import('../audit/audit-logs-page'));
const CalendarPage = lazy(() => import('../system/calendar-page'));
const StatisticsPage = lazy(() => import('../statistics/statistics-page'));
const CampaignsPage = lazy(() => import('../campaigns/campaigns-page'));
const CampaignDetailPage = lazy(() => import('../campaigns/campaign-detail-page'));
const UnitSupervisionPage = lazy(() => import('../unit-supervision/unit-supervision-page'));
const UnitCasePage = lazy(() => import('../unit-supervision/unit-case-page'));
const ReportsPage = lazy(() => import('../reports/reports-page'));

const page = (element: ReactNode) => (
  <Suspense
    fallback={
      <Spin className="page-loading" tip="正在加载…" size="large">
        <div />
      </Spin>
    }
  >
    {element}
  </Suspense>
);

function Home() {
  return <Navigate to={HOME[useProfile().role]} replace />;
}

const router = createBrowserRouter([
  { path: ROUTES.login, element: <LoginPage /> },
  { path: ROUTES.oidcCallback, element: <OidcCallbackPage /> },
  {
    element: (
      <RequireSignIn>
        <Shell />
      </RequireSignIn>
    ),
    children: [
      { path: '/', element: <Home /> },
      { path: ROUTES.workbench, element: page(<WorkbenchPage />) },
      { path: ROUTES.register, element: page(<RegisterPage />) },
      { path: ROUTES.ledger, element: page(<LedgerPage />) },
      { path: '/case/:caseNumber', element: page(<CaseDetailPage />) },
      { path: ROUTES.supervision, element: page(<SupervisionPage />) },
      { path: ROUTES.audit, element: page(<AuditPage />) },
      { path: '/audit/:caseNumber', element: page(<AuditCasePage />) },
      { path: ROUTES.users, element: page(<UsersPage />) },
      { path: ROUTES.organisation, element: page(<OrganisationPage />) },
      { path: ROUTES.notifications, element: page(<InboxPage />) },
      { path: ROUTES.auditLogs, element: page(<AuditLogsPage />) },
      { path: ROUTES.calendar, element: page(<CalendarPage />) },
      { path: ROUTES.statistics, element: page(<StatisticsPage />) },
      { path: ROUTES.campaigns, element: page(<CampaignsPage />) },
      { path: '/special-campaigns/:code', element: page(<CampaignDetailPage />) },
      { path: ROUTES.unitSupervision, element: page(<UnitSupervisionPage />) },
      { path: '/unit-supervision/:number', element: page(<UnitCasePage />) },
      { path: ROUTES.reports, element: page(<ReportsPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
