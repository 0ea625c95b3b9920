import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

/** 无权访问或不存在: said the same for an unknown case and one outside the user's scope. */
export function NotFoundPage({ title = '无权访问或不存在' }: { readonly title?: string }) {
  return (
    <Result
      status="404"
      title={title}
      subTitle="该页面或案件不存在，或不在您的管辖范围内。"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
