import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { Link } from 'react-router-dom';
import { ROUTES } from '../app/navigation';
import { useBellContext } from './bell-context';

/** 通知 in the header: the unread count, live; a click opens the inbox. */
export function NotificationBell() {
  const { unread } = useBellContext();
  const label = unread ? `通知（${unread} 条未读）` : '通知';
  return (
    <Link to={ROUTES.notifications} className="notification-bell">
      {/* The name is the text beside it: the badge's digits are drawn for the eye only. */}
      <Badge count={unread ?? 0} size="small" overflowCount={99} aria-hidden>
        <BellOutlined className="notification-bell-icon" />
      </Badge>
      <span className="visually-hidden">{label}</span>
    </Link>
  );
}
