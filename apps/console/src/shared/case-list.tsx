import { List } from 'antd';
import { Link } from 'react-router-dom';
import type { LedgerItem } from '../api/types';
import { ROUTES } from '../app/navigation';
import { beijingTime } from './beijing-time';
import { DueTag } from './due-tag';
import { hazardTypeLabel, labelOf, OBLIGATION_LABELS, STATUS_LABELS } from './labels';

/** Cases as a list a thumb can scroll: number, hazard, address, status, what is due by when. */
export function CaseList({
  rows,
  empty,
}: {
  readonly rows: readonly LedgerItem[];
  readonly empty: string;
}) {
  return (
    <List
      size="small"
      locale={{ emptyText: empty }}
      dataSource={[...rows]}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      renderItem={(row) => (
        <List.Item extra={<DueTag overdue={row.overdue} nextDueAt={row.nextDueAt} />}>
          <List.Item.Meta
            title={
              <Link to={ROUTES.case(row.caseNumber)}>
                {row.caseNumber} · {hazardTypeLabel(row.hazardType)}
              </Link>
            }
            description={`${row.address} · ${labelOf(STATUS_LABELS, row.status)}${
              row.nextDueKind
                ? ` · ${labelOf(OBLIGATION_LABELS, row.nextDueKind)} ${beijingTime(row.nextDueAt)}前`
                : ''
            }`}
          />
        </List.Item>
      )}
    />
  );
}
