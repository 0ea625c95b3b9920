// The content of a progress report, section by section, as rows of Chinese text: the PDF and the
// XLSX print the same sections from here, so the two never say different things.
import {
  departmentLabel,
  ESCALATION_LEVEL_LABELS,
  hazardTypeLabel,
  labelOf,
  REPORT_KIND_LABELS,
  SUPERVISION_RUNG_LABELS,
  SUPERVISION_STATUS_LABELS,
  UNIT_KIND_LABELS,
  beijingTimeText,
  chineseDateText,
  spanText,
} from '@firecase/domain';
import type { ProgressReportData } from './progress-report';

export interface ReportTable {
  readonly title: string;
  readonly headers: readonly string[];
  /** Relative widths of the columns (the PDF and the XLSX scale them). */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly string[])[];
  /** Said when there are no rows. */
  readonly empty: string;
  /** The share of the page's width the table takes (1 when absent). */
  readonly span?: number;
}

/** Counts, rates and dates print right-aligned; words left. */
export function isFigure(cell: string): boolean {
  return /^[\d.,%/—-]+$/.test(cell);
}

export const REPORT_TITLE = '消防安全隐患排查整治工作进展情况';

export function reportHeading(data: ProgressReportData) {
  return {
    issuer: data.issuer,
    title: `${REPORT_TITLE}（${REPORT_KIND_LABELS[data.kind]}）`,
    period: `统计时段：${spanText(data.periodStart, data.periodEnd)}`,
    generated: `生成时间：${beijingTimeText(data.generatedAt)}（北京时间）`,
  };
}

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** 一、总体情况, in one paragraph as a report to the leaders reads. */
export function overviewText(data: ProgressReportData): string {
  const t = data.totals;
  return (
    `本期（${spanText(data.periodStart, data.periodEnd)}）新排查发现隐患${t.foundInPeriod}处，` +
    `销号${t.closedInPeriod}处。截至${beijingTimeText(data.generatedAt)}，累计排查发现隐患${t.found}处，` +
    `已整改${t.rectified}处，整改率${percent(t.rectificationRate)}；现有逾期未整改隐患${t.overdue}处，` +
    `重大隐患尚未整改${t.majorOpen}处。三色管理：红色（逾期）${t.threeColour.overdue}处、` +
    `黄色（临期）${t.threeColour.dueSoon}处、绿色（正常）${t.threeColour.onTime}处。` +
    `单位督办${data.supervisions.filter((s) => s.status === 'open').length}件在办。`
  );
}

export function overviewTable(data: ProgressReportData): ReportTable {
  const t = data.totals;
  return {
    title: '一、总体情况',
    headers: ['项目', '数量'],
    widths: [3, 1],
    span: 0.45,
    rows: [
      ['本期新发现隐患（处）', String(t.foundInPeriod)],
      ['本期销号隐患（处）', String(t.closedInPeriod)],
      ['累计发现隐患（处）', String(t.found)],
      ['累计已整改（处）', String(t.rectified)],
      ['整改率', percent(t.rectificationRate)],
      ['逾期未整改（处）', String(t.overdue)],
      ['重大隐患未整改（处）', String(t.majorOpen)],
      ['红色（逾期）', String(t.threeColour.overdue)],
      ['黄色（临期）', String(t.threeColour.dueSoon)],
      ['绿色（正常）', String(t.threeColour.onTime)],
    ],
    empty: '',
  };
}

export function unitsTable(data: ProgressReportData): ReportTable {
  return {
    title: '二、分单位情况',
    headers: [
      '单位',
      '类别',
      '本期发现',
      '本期销号',
      '累计发现',
      '累计整改',
      '整改率',
      '逾期未整改',
      '本期平均整改用时（天）',
    ],
    widths: [2.4, 1.2, 1, 1, 1, 1, 1, 1.1, 1.6],
    rows: data.units.map((u) => [
      u.name,
      UNIT_KIND_LABELS[u.kind],
      String(u.foundInPeriod),
      String(u.closedInPeriod),
      String(u.found),
      String(u.rectified),
      percent(u.rectificationRate),
      String(u.overdue),
      u.medianDaysToFix === null ? '—' : String(u.medianDaysToFix),
    ]),
    empty: '无单位。',
  };
}

export function overdueTable(data: ProgressReportData): ReportTable {
  const shown = data.overdueList.length;
  return {
    title:
      shown < data.overdueTotal
        ? `三、逾期隐患清单（逾期最久的${shown}处，共${data.overdueTotal}处）`
        : `三、逾期隐患清单（共${data.overdueTotal}处）`,
    headers: [
      '序号',
      '隐患编号',
      '所属村（社区）',
      '责任科室',
      '隐患类型',
      '地址',
      '责任单位',
      '整改期限',
      '逾期天数',
      '督办层级',
    ],
    widths: [0.6, 1.6, 1.4, 1.1, 2, 2, 1.8, 1.45, 0.8, 1.2],
    rows: data.overdueList.map((o, i) => [
      String(i + 1),
      o.caseNumber,
      o.community,
      departmentLabel(o.department),
      hazardTypeLabel(o.hazardType),
      o.address,
      o.responsibleParty,
      o.deadlineAt ? chineseDateText(new Date(Date.parse(o.deadlineAt) - 1).toISOString()) : '—',
      String(o.daysOverdue),
      ESCALATION_LEVEL_LABELS[o.escalationLevel] ?? String(o.escalationLevel),
    ]),
    empty: '本期无逾期未整改隐患。',
  };
}

export function supervisionTable(data: ProgressReportData): ReportTable {
  return {
    title: '四、单位督办情况',
    headers: [
      '督办编号',
      '单位',
      '专项行动',
      '当前环节',
      '状态',
      '启动时间',
      '下一期限',
      '销号时间',
    ],
    widths: [1.3, 1.6, 2.6, 1.5, 0.9, 1.5, 1.5, 1.5],
    rows: data.supervisions.map((s) => [
      s.number,
      s.unitName,
      s.campaignName,
      labelOf(SUPERVISION_RUNG_LABELS, s.rung),
      labelOf(SUPERVISION_STATUS_LABELS, s.status),
      beijingTimeText(s.openedAt),
      s.nextDueAt && s.status === 'open' ? beijingTimeText(s.nextDueAt) : '—',
      s.closedAt ? beijingTimeText(s.closedAt) : '—',
    ]),
    empty: '本期无单位督办案件。',
  };
}

export function keyPeriodTable(data: ProgressReportData): ReportTable {
  return {
    title: '五、重点时段工作',
    headers: [
      '专项行动',
      '重点时段',
      '时间',
      '消防安全提示（单位）',
      '集中检查任务（完成/总数）',
      '未完成',
      '夜查提醒（次）',
      '期间发现隐患',
    ],
    widths: [2.6, 1, 2.2, 1.4, 1.6, 0.8, 1.1, 1.1],
    rows: data.keyPeriods.map((p) => [
      p.campaignName,
      p.name,
      spanText(p.startsAt, p.endsAt),
      String(p.warningsSent),
      `${p.sweepTasks.done}/${p.sweepTasks.total}`,
      String(p.sweepTasks.undone),
      String(p.nightPatrolReminders),
      String(p.hazardsFound),
    ]),
    empty: '本期无重点时段工作。',
  };
}

export function reportTables(data: ProgressReportData): ReportTable[] {
  return [
    overviewTable(data),
    unitsTable(data),
    overdueTable(data),
    supervisionTable(data),
    keyPeriodTable(data),
  ];
}
