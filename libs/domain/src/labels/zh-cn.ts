// Chinese labels for every code a user sees: one place per domain, shared by the API's exports
// and documents, the notification templates and the console. A code missing here falls back to
// itself through `labelOf`, and the spec below fails, so a new code cannot ship unlabelled.
import type { Role } from '../case/actor';
import type { CaseStatus } from '../case/case-status';
import type { DeadlineKind, EscalationRungKind, ServiceMethod } from '../case/case-state';
import type { CaseErrorCode } from '../case/case-error';
import type { Severity } from '../case/discovery';
import type { Audience } from '../case/effects';
import { CAMPAIGN_CATEGORIES, DEPARTMENTS, HAZARD_TYPES } from '../catalogue/hazard-catalogue';
import type { KeyPeriodCall } from '../campaign/campaign';
import type { CampaignErrorCode } from '../campaign/campaign-error';
import type { CampaignStatus, SweepTaskStatus } from '../campaign/campaign-state';
import type { CampaignStepKind } from '../campaign/campaign-steps';
import type { PlaceType } from '../campaign/place-types';
import type { UnitKind } from '../units/unit';
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
  service: '送达期限',
  rectification: '整改期限',
  interim_measures: '临时防范措施期限',
  reinspection: '复查期限',
  interview: '约谈期限',
  commitment: '约谈承诺期限',
  criticism_and_referral: '通报批评及移交执法期限',
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

const DEPARTMENT_NAMES = new Map(DEPARTMENTS.map((d) => [d.code as string, d.nameZh]));
const CATEGORY_NAMES = new Map(CAMPAIGN_CATEGORIES.map((c) => [c.code as string, c.nameZh]));
const HAZARD_TYPE_NAMES = new Map(HAZARD_TYPES.map((t) => [t.code, t.nameZh]));

export const departmentLabel = (code: string): string => DEPARTMENT_NAMES.get(code) ?? code;
export const categoryLabel = (code: string): string => CATEGORY_NAMES.get(code) ?? code;
export const hazardTypeLabel = (code: string): string => HAZARD_TYPE_NAMES.get(code) ?? code;

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
