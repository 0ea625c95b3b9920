import { Table, Tag } from 'antd';
import type { UnitStanding } from '../api/types';
import { labelOf, LAG_KIND_LABELS } from '../shared/labels';
import { percent } from '../shared/percent';
import { unitName } from '../shared/unit-name';
import { EmptyText } from '../shared/empty-text';

/** 单位考核: each unit's figures of one campaign, the units that lag marked with why. */
export function UnitFiguresTable({
  units,
  loading,
}: {
  readonly units: readonly UnitStanding[];
  readonly loading: boolean;
}) {
  return (
    <Table<UnitStanding>
      size="small"
      className="unit-figures"
      rowKey={(u) => `${u.unit.kind}:${u.unit.code}`}
      loading={loading}
      pagination={false}
      scroll={{ x: 960 }}
      dataSource={[...units]}
      locale={{ emptyText: <EmptyText>暂无单位数据</EmptyText> }}
      columns={[
        {
          title: '单位',
          fixed: 'left',
          render: (_, u) => unitName(u.unit),
        },
        { title: '发现隐患', dataIndex: 'found', align: 'right' },
        { title: '已整改', dataIndex: 'rectified', align: 'right' },
        { title: '逾期', dataIndex: 'overdue', align: 'right' },
        { title: '整改率', align: 'right', render: (_, u) => percent(u.rectificationRate) },
        {
          title: '整改用时中位数（天）',
          align: 'right',
          render: (_, u) => (u.medianDaysToFix === null ? '—' : u.medianDaysToFix.toFixed(1)),
        },
        { title: '最长逾期（天）', dataIndex: 'longestOverdueDays', align: 'right' },
        {
          title: '集中检查（完成/总数）',
          align: 'right',
          render: (_, u) => `${u.sweepTasks.done}/${u.sweepTasks.total}`,
        },
        {
          title: '考核',
          render: (_, u) =>
            u.lagging.length === 0 ? (
              <Tag color="success">正常</Tag>
            ) : (
              u.lagging.map((r) => (
                <Tag color="error" key={r.kind} title={r.text}>
                  {labelOf(LAG_KIND_LABELS, r.kind)}
                </Tag>
              ))
            ),
        },
      ]}
    />
  );
}
