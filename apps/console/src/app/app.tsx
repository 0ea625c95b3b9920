import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { LoginPage } from '../auth/login-page';
import { OidcCallbackPage } from '../auth/oidc-callback-page';
import { RequireSignIn, useProfile } from '../auth/profile-context';
import { NotFoundPage } from '../shared/not-found-page';
import { HOME, ROUTES } from './navigation';
import { PAGES } from './pages';
import { ledgerLoader } from '../ledger/ledger-first-page';
import { Shell } from './shell';

const WorkbenchPage = lazy(PAGES.workbench);
const RegisterPage = lazy(PAGES.register);
const LedgerPage = lazy(PAGES.ledger);
const CaseDetailPage = lazy(PAGES.caseDetail);
const SupervisionPage = lazy(PAGES.supervision);
const AuditPage = lazy(PAGES.audit);
const AuditCasePage = lazy(PAGES.auditCase);
const UsersPage = lazy(PAGES.users);
const OrganisationPage = lazy(PAGES.organisation);
const InboxPage = lazy(PAGES.inbox);
const AuditLogsPage = lazy(PAGES.auditLogs);
const CalendarPage = lazy(PAGES.calendar);
const StatisticsPage = lazy(PAGES.statistics);
const CampaignsPage = lazy(PAGES.campaigns);
const CampaignDetailPage = lazy(PAGES.campaignDetail);
const UnitSupervisionPage = lazy(PAGES.unitSupervision);
const UnitCasePage = lazy(PAGES.unitCase);
const ReportsPage = lazy(PAGES.reports);

const loading = (
  <Spin className="page-loading" tip="正在加载…" size="large">
    <div />
  </Spin>
);

const page = (element: ReactNode) => <Suspense fallback={loading}>{element}</Suspense>;

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
      {
        path: ROUTES.ledger,
        loader: ledgerLoader,
        hydrateFallbackElement: loading,
        element: page(<LedgerPage />),
      },
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
