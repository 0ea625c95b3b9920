// Chinese labels for every code a user sees: one place per domain, shared by the API's exports
// and documents, the notification templates and the console. A code missing here falls back to
// itself through `labelOf`, and the spec below fails, so a new code cannot ship unlabelled.
import type { Role } from '../case/actor';
import type { CaseStatus } from '../case/case-status';
import type { DeadlineKind, EscalationRungKind, ServiceMethod } from '../case/case-state';
import type { CaseErrorCode } from '../case/case-error';
import type { CaseCommandType } from '../case/commands';
import type { Severity } from '../case/discovery';
import type { Audience } from '../case/effects';
import { CAMPAIGN_CATEGORIES, DEPARTMENTS, HAZARD_TYPES } from '../catalogue/hazard-catalogue';
import type { KeyPeriodCall } from '../campaign/campaign';
import type { CampaignErrorCode } from '../campaign/campaign-error';
import type { CampaignStatus, SweepTaskStatus } from '../campaign/campaign-state';
import type { CampaignStepKind } from '../campaign/campaign-steps';
import type { PlaceType } from '../campaign/place-types';
import type { UnitKind } from '../units/unit';
import type { UnitNotificationKind } from '../units/unit-notification';
import type { ReportKind } from '../reports/progress-report';
import type { ThreeColour } from '../ledger/three-colour';
import type { LagKind } from '../unit-supervision/lagging';
import type { SupervisionErrorCode } from '../unit-supervision/supervision-error';
import type { SupervisionRungKind, SupervisionStatus } from '../unit-supervision/supervision-state';

export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  awaiting_notice: '待下达通知',
  awaiting_service: '待送达',
  rectifying: '整改中',
  awaiting_reinspection: '待复查',
  rectified: '已整改',
  closed: '已销号',
  voided: '已作废',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  general: '一般隐患',
  major: '重大隐患',
};

export const ROLE_LABELS: Readonly<Record<Role | 'system', string>> = {
  officer: '承办人员',
  supervisor: '科室负责人',
  auditor: '审计人员',
  administrator: '系统管理员',
  system: '系统',
};

export const SERVICE_METHOD_LABELS: Readonly<Record<ServiceMethod, string>> = {
  in_person: '直接送达',
  left_at_premises: '留置送达',
  registered_mail: '邮寄送达',
  electronic: '电子送达',
};

export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  notice: '下达通知书期限',
  service: '送达期限',
  rectification: '整改期限',
  interim_measures: '临时防范措施期限',
  reinspection: '复查期限',
  interview: '约谈期限',
  commitment: '约谈承诺期限',
  criticism_and_referral: '通报批评及移交执法期限',
  lapse_escalation: '提请督办期限',
};

export const RUNG_LABELS: Readonly<Record<EscalationRungKind, string>> = {
  reminder: '催办',
  overdue: '逾期预警',
  interview: '约谈',
  criticism: '通报批评',
  referral: '移交执法',
};

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  officer: '承办人',
  responsible_party: '责任单位',
  department_leader: '责任领导',
  supervisor: '科室负责人',
};

/** What the timeline shows for each kind of event of a case. */
export const EVENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  case_registered: '登记隐患',
  notice_issued: '下达整改通知书',
  notice_served: '送达整改通知书',
  interim_measures_recorded: '落实临时防范措施',
  patrol_recorded: '巡查',
  patrol_missed: '巡查逾期',
  rectification_reported: '报告整改完成',
  reinspection_passed: '复查合格',
  reinspection_failed: '复查不合格',
  reinspection_overdue: '复查逾期',
  extension_requested: '申请延期',
  extension_granted: '批准延期',
  extension_rejected: '驳回延期',
  interview_scheduled: '安排约谈',
  interview_held: '约谈完成',
  criticism_issued: '通报批评',
  referred_to_enforcement: '移交执法',
  case_closed: '销号',
  case_voided: '作废',
  deadline_missed: '整改逾期',
  service_overdue: '送达逾期',
  notice_overdue: '通知书下达逾期',
  interim_measures_overdue: '临时防范措施逾期',
  escalation_reminder: '催办',
  escalation_overdue: '逾期预警',
  escalation_interview: '启动约谈',
  escalation_criticism: '启动通报批评',
  escalation_referral: '启动移交执法',
  escalation_step_overdue: '督办事项逾期',
  escalation_follow_up: '持续督办',
  lapse_escalated: '提请科室负责人督办',
  deadlines_recalculated: '期限重新计算',
  officer_reassigned: '变更承办人',
  rules_migrated: '规则版本迁移',
};

/** What someone owes on a case (obligations and the ledger's next due item). */
export const OBLIGATION_LABELS: Readonly<Record<string, string>> = {
  issue_notice: '下达整改通知书',
  serve_notice: '送达整改通知书',
  rectify: '整改',
  reinspect: '复查',
  close: '销号',
  record_interim_measures: '落实临时防范措施',
  patrol: '巡查临时防范措施',
  decide_extension: '审批延期申请',
  reminder: '催办',
  overdue: '逾期处置',
  interview: '约谈',
  criticism: '通报批评',
  referral: '移交执法',
  follow_up: '持续督办',
  supervise_notice: '督促下达整改通知书',
  supervise_service: '督促送达整改通知书',
  open_interview: '启动约谈',
};

/** Why an action was refused, in words for the person who tried it. */
export const ERROR_CODE_LABELS: Readonly<Record<CaseErrorCode, string>> = {
  UNKNOWN_ROLE: '未知的用户角色',
  ROLE_NOT_PERMITTED: '您的角色无权执行此操作',
  WRONG_STATUS: '案件当前状态不允许此操作',
  NOTICE_NOT_SERVED: '整改通知书尚未送达',
  EXTENSION_LIMIT_REACHED: '延期次数已达上限',
  NOT_RECTIFIED: '隐患尚未复查合格，不能销号',
  INTERIM_MEASURES_NOT_REQUIRED: '本案无需落实临时防范措施',
  INTERIM_MEASURES_MISSING: '尚未落实临时防范措施，无法巡查',
  NO_OPEN_RUNG: '案件没有待办的督办环节',
  INVALID_INPUT: '填写的内容有误',
  CASE_FINISHED: '案件已办结，不能再操作',
};

/** The lifecycle actions by their command, as a button or form title says them. */
export const CASE_ACTION_LABELS: Readonly<Record<CaseCommandType, string>> = {
  issueNotice: '下达整改通知书',
  serveNotice: '送达整改通知书',
  recordInterimMeasures: '落实临时防范措施',
  recordPatrol: '记录巡查',
  reportRectification: '报告整改完成',
  recordReinspection: '记录复查',
  requestExtension: '申请延期',
  grantExtension: '批准延期',
  rejectExtension: '驳回延期申请',
  scheduleInterview: '安排约谈',
  recordInterview: '记录约谈结果',
  issueCriticism: '通报批评',
  referToEnforcement: '移交执法',
  closeCase: '销号',
  voidCase: '作废',
  reassignOfficer: '变更承办人',
  migrateRules: '迁移规则版本',
};

/**
 * 暂定: a deadline counted Monday–Friday because its year's statutory calendar is not loaded yet
 * (the case view carries the calendar's own sentence; a ledger row only the years).
 */
export const PROVISIONAL_DEADLINE_LABEL = '暂定';
export const provisionalYearsLabel = (years: readonly number[]): string =>
  `${years.join('、')}年法定节假日安排尚未录入，暂按周一至周五计算工作日，录入后将重新计算`;

/** 三色: the ledger's colour of a due date. */
export const DUE_COLOUR_LABELS = {
  red: '逾期',
  yellow: '临期',
  green: '正常',
} as const;

/** What is wrong with a field the API refused, by kind ({n}: the length or count allowed). */
export const FIELD_PROBLEM_LABELS = {
  required: '此项必填',
  too_long: '不能超过 {n} 个字符',
  too_short: '不能少于 {n} 个字符',
  not_allowed: '取值不在可选范围内',
  date_time: '请填写带时区的日期时间',
  date: '日期格式应为 YYYY-MM-DD',
  coordinates: '坐标无效',
  count: '数量不符合要求',
  invalid: '填写的内容有误',
} as const;

/** Why the API could not run a request, beyond the workflow's own reasons (the API's `code`). */
export const API_ERROR_CODE_LABELS = {
  WORKFLOW_UNAVAILABLE: '案件办理服务暂时不可用，请稍后重试',
  IDEMPOTENCY_KEY_REUSED: '该请求标识（Idempotency-Key）已用于另一项不同的请求',
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_CODE_LABELS;

const DEPARTMENT_NAMES = new Map(DEPARTMENTS.map((d) => [d.code as string, d.nameZh]));
const CATEGORY_NAMES = new Map(CAMPAIGN_CATEGORIES.map((c) => [c.code as string, c.nameZh]));
const HAZARD_TYPE_NAMES = new Map(HAZARD_TYPES.map((t) => [t.code, t.nameZh]));

export const departmentLabel = (code: string): string => DEPARTMENT_NAMES.get(code) ?? code;
export const categoryLabel = (code: string): string => CATEGORY_NAMES.get(code) ?? code;
export const hazardTypeLabel = (code: string): string => HAZARD_TYPE_NAMES.get(code) ?? code;

/** 是/否, e.g. for 是否逾期. */
export const YES_NO_LABELS: Readonly<Record<'true' | 'false', string>> = {
  true: '是',
  false: '否',
};

export const yesNoLabel = (value: boolean): string => YES_NO_LABELS[value ? 'true' : 'false'];

/**
 * The hazard ledger's columns as the office's own spreadsheets (隐患台账) name them, by the field
 * of the ledger or of the import file each one holds. The export writes these headers and the
 * import reads them (as well as the codes).
 */
export const LEDGER_FIELD_LABELS = {
  rowNumber: '序号',
  caseNumber: '隐患编号',
  discoveredAt: '发现日期',
  community: '所属村（社区）',
  grid: '网格',
  building: '场所/单位名称',
  address: '地址',
  category: '隐患类别',
  hazardType: '隐患类型',
  description: '隐患描述',
  severity: '隐患等级',
  responsibleParty: '责任单位',
  contactAndPhone: '联系人及电话',
  contactPerson: '联系人',
  phone: '联系电话',
  head: '单位负责人',
  department: '责任科室',
  deadlineAt: '整改期限',
  status: '整改状态',
  reinspectedAt: '复查日期',
  closedAt: '销号日期',
  overdue: '是否逾期',
  latitude: '纬度',
  longitude: '经度',
  nextDueAt: '下一办理期限',
  nextDueKind: '下一办理事项',
  escalationLevel: '督办级别',
  policyVersion: '规则版本',
} as const satisfies Record<string, string>;

export type LedgerField = keyof typeof LEDGER_FIELD_LABELS;

/** The label of a code in one of the tables above, or the code itself when it has none. */
export function labelOf(table: Readonly<Record<string, string>>, code: string): string {
  return table[code] ?? code;
}

// ── Campaigns, key periods, unit supervision, statistics (issue 12 §1–3) ──────────────────────

export const PLACE_TYPE_LABELS: Readonly<Record<PlaceType, string>> = {
  high_rise_building: '高层建筑',
  old_residential_compound: '老旧小区',
  heritage_site: '文物古迹',
  shopping_district: '繁华商圈',
  hotel_homestay: '民宿酒店',
  petrol_station: '加油站',
  key_enterprise: '重点企业',
  nine_small_places: '九小场所',
};

export const KEY_PERIOD_CALL_LABELS: Readonly<Record<KeyPeriodCall, string>> = {
  warning: '消防安全提示',
  sweep: '集中检查',
  night_patrol: '夜查',
};

export const CAMPAIGN_STATUS_LABELS: Readonly<Record<CampaignStatus, string>> = {
  scheduled: '未开始',
  running: '进行中',
  ended: '已结束',
  closed: '已办结',
  cancelled: '已撤销',
};

export const CAMPAIGN_STEP_LABELS: Readonly<Record<CampaignStepKind, string>> = {
  campaign_start: '专项行动开始',
  warning: '消防安全提示',
  sweep_open: '集中检查任务下达',
  night_patrol: '夜查提醒',
  sweep_due: '集中检查任务到期',
  campaign_end: '专项行动结束',
  recording_closed: '检查记录截止',
};

export const SWEEP_TASK_STATUS_LABELS: Readonly<Record<SweepTaskStatus, string>> = {
  open: '待检查',
  done: '已完成',
  missed: '未完成',
  cancelled: '已撤销',
};

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  community: '村（社区）',
  department: '科室',
};

export const CAMPAIGN_ERROR_CODE_LABELS: Readonly<Record<CampaignErrorCode, string>> = {
  INVALID_INPUT: '填写的内容有误',
  ROLE_NOT_PERMITTED: '您的角色无权执行此操作',
  SWEEP_TASK_NOT_FOUND: '没有这项集中检查任务',
  SWEEP_TASK_NOT_OPEN: '该集中检查任务已完成或已关闭',
  CAMPAIGN_FINISHED: '专项行动已办结或已撤销',
};

/** What the timeline of a campaign shows for each kind of event. */
export const CAMPAIGN_EVENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  campaign_defined: '制定专项行动',
  cases_claimed: '纳入此前登记的隐患',
  campaign_started: '专项行动开始',
  warning_sent: '发送消防安全提示',
  sweep_opened: '下达集中检查任务',
  night_patrol_reminded: '夜查提醒',
  sweep_tasks_due: '集中检查任务到期',
  step_skipped: '已错过时间，未执行',
  sweep_inspection_recorded: '完成集中检查',
  supervision_opened: '启动督导督办',
  campaign_ended: '专项行动结束',
  recording_closed: '检查记录截止',
  campaign_cancelled: '撤销专项行动',
};

export const SUPERVISION_RUNG_LABELS: Readonly<Record<SupervisionRungKind, string>> = {
  supervision_notice: '督办通知',
  criticism: '通报批评',
  interview: '约谈单位负责人',
};

export const SUPERVISION_STATUS_LABELS: Readonly<Record<SupervisionStatus, string>> = {
  open: '督办中',
  closed: '已销号',
};

export const LAG_KIND_LABELS: Readonly<Record<LagKind, string>> = {
  overdue_rate: '逾期率超标',
  case_overdue_too_long: '隐患逾期时间过长',
  sweep_tasks_undone: '集中检查任务未完成',
};

export const SUPERVISION_ERROR_CODE_LABELS: Readonly<Record<SupervisionErrorCode, string>> = {
  INVALID_INPUT: '填写的内容有误',
  ROLE_NOT_PERMITTED: '您的角色无权执行此操作',
  WRONG_RUNG: '督办案件当前不在这一环节',
  RUNG_DONE: '这一督办环节已经完成',
  INTERVIEW_NOT_SCHEDULED: '尚未安排约谈',
  SUPERVISION_CLOSED: '督办案件已销号',
};

/** What the timeline of a unit supervision case shows for each kind of event. */
export const SUPERVISION_EVENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  supervision_opened: '启动督办',
  rung_opened: '进入督办环节',
  supervision_notice_issued: '下达督办通知',
  criticism_issued: '通报批评',
  interview_scheduled: '安排约谈',
  interview_held: '约谈完成',
  rung_overdue: '督办环节逾期',
  commitment_missed: '约谈承诺逾期',
  supervision_closed: '督办销号',
};

/** Whom a campaign's, a supervision case's or a report's notification names when it has no unit. */
export const SUB_DISTRICT_LEADERS_LABEL = '街道领导';

/** What each notification about units is, e.g. in the notification preferences. */
export const UNIT_NOTIFICATION_KIND_LABELS: Readonly<Record<UnitNotificationKind, string>> = {
  campaign_warning: '消防安全提示',
  sweep_task_opened: '集中检查任务',
  sweep_task_overdue: '集中检查任务逾期',
  night_patrol_reminder: '夜查提醒',
  supervision_opened: '启动督办',
  supervision_notice: '督办通知',
  supervision_criticism: '通报批评',
  supervision_interview: '约谈单位负责人',
  supervision_rung_overdue: '督办环节逾期',
  supervision_commitment_missed: '约谈承诺逾期',
  supervision_closed: '督办销号',
  progress_report: '工作进展情况报告',
};

export const THREE_COLOUR_LABELS: Readonly<Record<ThreeColour, string>> = {
  overdue: '红色（逾期）',
  due_soon: '黄色（临期）',
  on_time: '绿色（正常）',
};

export const REPORT_KIND_LABELS: Readonly<Record<ReportKind, string>> = {
  weekly: '周报',
  monthly: '月报',
};

/** A case's escalation level (hazard case ladder) as a progress report prints it. */
export const ESCALATION_LEVEL_LABELS: Readonly<Record<number, string>> = {
  0: '—',
  1: '催办',
  2: '逾期预警',
  3: '约谈',
  4: '通报批评、移交执法',
};

/** What a logged read was (the access log, 访问日志), for auditors reading it. */
export const ACCESS_ACTION_LABELS = {
  'case.detail': '查看案件详情',
  'case.history': '查看案件审计记录',
  'case.audit_verify': '校验案件审计链',
  'case.notices': '查看案件文书列表',
  'notice.pdf': '查看整改通知书',
  'evidence.file': '查看证据文件',
  'evidence.metadata': '查看证据信息',
  'ledger.query': '查询隐患台账',
  'ledger.export.csv': '导出隐患台账（CSV）',
  'ledger.export.xlsx': '导出隐患台账（Excel）',
  'calendar.printed_deadlines': '查看整改期限适逢节假日的案件',
  'report.pdf': '查看工作进展情况报告（PDF）',
  'report.xlsx': '查看工作进展情况报告（Excel）',
} as const satisfies Record<string, string>;
export type AccessAction = keyof typeof ACCESS_ACTION_LABELS;

/** What an administrative action was (the admin log, 管理操作日志). */
export const ADMIN_ACTION_LABELS = {
  'user.created': '新建用户',
  'user.changed': '修改用户信息',
  'user.disabled': '停用用户',
  'user.enabled': '启用用户',
  'user.password_reset': '重置密码',
  'user.role_changed': '变更用户角色',
  'user.department_changed': '变更用户所属科室',
  'user.communities_changed': '变更用户负责的村（社区）',
  'department.created': '新建科室',
  'community.created': '新建村（社区）',
  'calendar.year_loaded': '导入年度法定节假日安排',
  'policy.changed': '修改期限与督办规则',
  'audit.legacy_sealed': '封存密钥启用前的审计记录',
} as const satisfies Record<string, string>;
export type AdminAction = keyof typeof ADMIN_ACTION_LABELS;

/** Why a case's audit trail failed verification (审计链校验). */
export const AUDIT_CHAIN_PROBLEM_LABELS: Readonly<Record<string, string>> = {
  event_missing: '审计事件缺失（被删除）',
  link_broken: '审计链断裂（事件被插入或调换顺序）',
  content_changed: '审计事件内容被篡改',
  seal_missing: '审计事件缺少密钥封签（非系统写入，或为启用密钥前的记录尚未封存）',
  seal_mismatch: '密钥封签不符（事件或审计链被重新计算）',
  seal_other_key: '封签所用密钥与当前审计密钥不符',
  head_missing: '审计链链头缺失，末尾事件可能被删除',
  head_mismatch: '审计链链头被篡改，末尾事件可能被删除',
  head_other_key: '链头所用密钥与当前审计密钥不符',
  tail_missing: '审计链末尾事件被删除',
  beyond_head: '链头之后出现非系统写入的事件',
};
