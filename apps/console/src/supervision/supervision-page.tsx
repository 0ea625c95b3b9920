import { Badge, Card, Col, Row, Skeleton, Table, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { CaseView, LedgerItem } from '../api/types';
import { ROUTES } from '../app/navigation';
import { StackedBarChart } from '../shared/bar-chart';
import { DUE_COLOUR_LABELS, departmentLabel } from '../shared/labels';
import { communityName, useOrganisation } from '../shared/use-organisation';
import { caseViews, useOpenCases } from '../shared/use-cases-in-scope';
import { useLoad } from '../shared/use-load';
import { CaseList } from '../shared/case-list';
import { searchFromQuery } from '../ledger/ledger-query';
import { type BoardRow, boardBy, colourQuery, COLOURS } from './board';

const CHART_COLOURS = { red: '#cf1322', yellow: '#d48806', green: '#389e0d' } as const;

const ACTIVE = new Set(['rectifying', 'awaiting_reinspection', 'rectified']);

/**
 * The escalation queue: what needs a supervisor now, by kind. Overdue, late service and
 * closure come from the ledger; the ladder's steps and extension requests from each active
 * case's obligations, as the workflow states them.
 */
const QUEUES: readonly {
  key: string;
  label: string;
  test: (row: LedgerItem, view: CaseView | undefined, now: number) => boolean;
}[] = [
  { key: 'overdue', label: '逾期案件', test: (row) => row.overdue },
  { key: 'interview', label: '待约谈', test: (_, view) => owes(view, 'interview') },
  { key: 'extension', label: '待审批延期', test: (_, view) => owes(view, 'decide_extension') },
  {
    key: 'service',
    label: '送达逾期',
    test: (row, _, now) =>
      row.nextDueKind === 'serve_notice' && !!row.nextDueAt && Date.parse(row.nextDueAt) < now,
  },
  {
    key: 'criticism',
    label: '待通报/移交',
    test: (_, view) => owes(view, 'criticism') || owes(view, 'referral'),
  },
  { key: 'close', label: '待销号', test: (row) => row.status === 'rectified' },
  // 期限待定 (provisional deadlines) joins here when the ledger carries the flag (clocks issue).
];

function owes(view: CaseView | undefined, kind: string): boolean {
  return view?.obligations.some((o) => o.kind === kind) ?? false;
}

/** 督办: the escalation queue and the 三色 board by community and by department. */
export default function SupervisionPage() {
  const cases = useOpenCases();
  const active = (cases.data ?? []).filter((row) => ACTIVE.has(row.status));
  const views = useLoad(
    async () => (cases.data ? caseViews(active) : []),
    `${cases.data?.length ?? 'loading'}`,
  );
  const viewOf = useMemo(
    () => new Map((views.data ?? []).map((view) => [view.state.caseNumber, view])),
    [views.data],
  );
  const organisation = useOrganisation();
  const navigate = useNavigate();
  const now = useMemo(() => Date.now(), [cases.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = useMemo(() => cases.data ?? [], [cases.data]);

  const byCommunity = useMemo(() => boardBy(rows, (r) => r.community, now), [rows, now]);
  const byDepartment = useMemo(() => boardBy(rows, (r) => r.department, now), [rows, now]);

  const open = (
    filter: 'community' | 'department',
    key: string,
    colour: (typeof COLOURS)[number],
  ) =>
    navigate(
      `${ROUTES.ledger}?${searchFromQuery({ [filter]: key, ...colourQuery(colour, now) }).toString()}`,
    );

  if (cases.loading || views.loading) return <Skeleton active />;

  return (
    <div className="supervision">
      <Card title="督办事项" size="small">
        <Tabs
          items={QUEUES.map((queue) => {
            const list = rows.filter((r) => queue.test(r, viewOf.get(r.caseNumber), now));
            return {
              key: queue.key,
              label: (
                <span>
                  {queue.label}{' '}
                  <Badge count={list.length} showZero color={list.length ? '#cf1322' : '#8c8c8c'} />
                </span>
              ),
              children: <CaseList rows={list} empty="暂无" />,
            };
          })}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Board
            title="三色督办 · 按村（社区）"
            filter="community"
            rows={byCommunity}
            nameOf={(key) => communityName(organisation.data, key)}
            onOpen={open}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Board
            title="三色督办 · 按科室"
            filter="department"
            rows={byDepartment}
            nameOf={departmentLabel}
            onOpen={open}
          />
        </Col>
      </Row>
    </div>
  );
}

interface BoardProps {
  readonly title: string;
  readonly filter: 'community' | 'department';
  readonly rows: readonly BoardRow[];
  readonly nameOf: (key: string) => string;
  readonly onOpen: (
    filter: 'community' | 'department',
    key: string,
    colour: (typeof COLOURS)[number],
  ) => void;
}

function Board({ title, filter, rows, nameOf, onOpen }: BoardProps) {
  const chart = useMemo(
    () => ({
      categories: rows.map((r) => nameOf(r.key)),
      series: COLOURS.map((colour) => ({
        name: DUE_COLOUR_LABELS[colour],
        colour: CHART_COLOURS[colour],
        values: rows.map((r) => r.counts[colour]),
      })),
    }),
    [rows, nameOf],
  );
  return (
    <Card title={title} size="small" className={`board board-${filter}`}>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">暂无在办案件</Typography.Text>
      ) : (
        <>
          <StackedBarChart
            data={chart}
            label={`${title}：红色逾期、黄色临期、绿色正常的案件数`}
            onBarClick={(row, colour) => onOpen(filter, rows[row].key, COLOURS[colour])}
          />
          <Table<BoardRow>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={[...rows]}
            columns={[
              {
                title: filter === 'community' ? '村（社区）' : '科室',
                render: (_, r) => nameOf(r.key),
              },
              ...COLOURS.map((colour) => ({
                title: DUE_COLOUR_LABELS[colour],
                align: 'right' as const,
                render: (_: unknown, r: BoardRow) => (
                  <Link
                    className={`board-count board-${colour}`}
                    to={`${ROUTES.ledger}?${searchFromQuery({ [filter]: r.key, ...colourQuery(colour) }).toString()}`}
                    aria-label={`${nameOf(r.key)} ${DUE_COLOUR_LABELS[colour]} ${r.counts[colour]} 件`}
                  >
                    {r.counts[colour]}
                  </Link>
                ),
              })),
            ]}
          />
        </>
      )}
    </Card>
  );
}
