import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** An empty table's words, in the theme's secondary grey (antd's own fails WCAG AA contrast). */
export function EmptyText({ children }: { readonly children: ReactNode }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
