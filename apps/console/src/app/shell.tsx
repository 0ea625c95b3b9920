import {
  AuditOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FormOutlined,
  TableOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Button, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { api } from '../api/client';
import { useProfile } from '../auth/profile-context';
import { endSession, refreshToken } from '../auth/session';
import { BellProvider } from '../notifications/bell-context';
import { NotificationBell } from '../notifications/notification-bell';
import { departmentLabel, ROLE_LABELS } from '../shared/labels';
import { navigationFor, ROUTES } from './navigation';
import { preloadMenuPages } from './pages';

const ICONS: Readonly<Record<string, ReactNode>> = {
  [ROUTES.workbench]: <DashboardOutlined />,
  [ROUTES.supervision]: <WarningOutlined />,
  [ROUTES.register]: <FormOutlined />,
  [ROUTES.ledger]: <TableOutlined />,
  [ROUTES.audit]: <AuditOutlined />,
  [ROUTES.auditLogs]: <FileSearchOutlined />,
  [ROUTES.calendar]: <CalendarOutlined />,
  [ROUTES.users]: <TeamOutlined />,
  [ROUTES.organisation]: <ClusterOutlined />,
};

const LAYOUT_TOKEN = { header: { colorBgHeader: '#ffffff' } };

function menuItemRender(item: { path?: string }, dom: ReactNode) {
  return item.path ? <Link to={item.path}>{dom}</Link> : dom;
}

/** The frame of every signed-in page: the role's menu, who is signed in, 退出. */
export function Shell() {
  const profile = useProfile();
  const location = useLocation();
  useEffect(() => preloadMenuPages(profile.role), [profile.role]);
  // The same objects from one navigation to the next, so ProLayout does not rebuild its menu.
  const route = useMemo(
    () => ({
      routes: navigationFor(profile.role).map(({ path, name }) => ({
        path,
        name,
        icon: ICONS[path],
      })),
    }),
    [profile.role],
  );

  const signOut = async () => {
    const token = refreshToken();
    await api.POST('/auth/logout', { body: { refreshToken: token ?? '' } }).catch(() => undefined);
    endSession('signed_out');
  };

  return (
    <BellProvider>
      <ProLayout
        title="消防隐患整改"
        logo={false}
        layout="mix"
        fixedHeader
        breakpoint={false}
        defaultCollapsed={false}
        siderWidth={176}
        location={{ pathname: location.pathname }}
        route={route}
        menuItemRender={menuItemRender}
        actionsRender={() => [
          <NotificationBell key="bell" />,
          <Space key="user" size="small" className="shell-user">
            <Typography.Text className="shell-user-name">
              {profile.displayName}
              <span className="shell-user-role">
                {' · '}
                {ROLE_LABELS[profile.role]}
                {profile.departmentCode ? ` · ${departmentLabel(profile.departmentCode)}` : ''}
              </span>
            </Typography.Text>
            <Button size="small" onClick={() => void signOut()}>
              退出
            </Button>
          </Space>,
        ]}
        token={LAYOUT_TOKEN}
      >
        <Outlet />
      </ProLayout>
    </BellProvider>
  );
}
