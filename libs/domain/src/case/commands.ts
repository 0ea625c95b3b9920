import type { Actor } from './actor';
import type { EvidenceRef } from './discovery';
import type { ServiceMethod } from './case-state';

/** 'YYYY-MM-DD', a date in China Standard Time. */
export type ChinaDate = string;

interface By {
  readonly actor: Actor;
}

/** Officer and supervisor actions on a case; each is one Temporal update of the workflow. */
export interface CaseCommands {
  /** 下达整改通知书 */
  issueNotice: By & {
    readonly requirements: string;
    /** When a paper notice was issued in the field and is entered later; defaults to now. */
    readonly issuedAt?: string;
  };
  /** 送达 */
  serveNotice: By & {
    readonly servedAt?: string;
    readonly method: ServiceMethod;
    readonly recipient: string;
    readonly evidence: readonly EvidenceRef[];
  };
  /** 临时防范措施 */
  recordInterimMeasures: By & {
    readonly measures: readonly string[];
    readonly evidence: readonly EvidenceRef[];
  };
  /** 巡查 */
  recordPatrol: By & {
    readonly measuresInPlace: boolean;
    readonly note?: string;
    readonly evidence: readonly EvidenceRef[];
  };
  /** The responsible party reports the fix (recorded by an officer). */
  reportRectification: By & { readonly note: string; readonly evidence: readonly EvidenceRef[] };
  /** 复查 */
  recordReinspection: By & {
    readonly passed: boolean;
    readonly findings: string;
    readonly evidence: readonly EvidenceRef[];
  };
  /** 申请延期 */
  requestExtension: By & { readonly reason: string };
  /** 批准延期 */
  grantExtension: By & { readonly reason: string; readonly newDeadlineDate: ChinaDate };
  rejectExtension: By & { readonly reason: string };
  /** 约谈: schedule the interview of the responsible unit's head. */
  scheduleInterview: By & {
    readonly at: string;
    readonly location: string;
    readonly interviewee: string;
  };
  /** 约谈: its outcome, with the date the unit committed to. */
  recordInterview: By & {
    readonly summary: string;
    readonly committedDate: ChinaDate;
    readonly evidence: readonly EvidenceRef[];
  };
  /** 通报批评 */
  issueCriticism: By & { readonly summary: string; readonly evidence: readonly EvidenceRef[] };
  /** 移交执法 */
  referToEnforcement: By & {
    readonly agency: string;
    readonly summary: string;
    readonly evidence: readonly EvidenceRef[];
  };
  /** 销号 */
  closeCase: By & { readonly note: string; readonly evidence: readonly EvidenceRef[] };
  /** 作废 */
  voidCase: By & { readonly reason: string };
  /** 变更承办人: hand the case to another officer. */
  reassignOfficer: By & {
    readonly officer: { readonly userId: string; readonly name: string };
    readonly reason: string;
  };
  /** 规则版本迁移: move a running case to newer lifecycle rules. */
  migrateRules: By & { readonly toVersion: number; readonly reason: string };
}

export type CaseCommandType = keyof CaseCommands;

export type CaseCommand = {
  [K in CaseCommandType]: { readonly type: K; readonly input: CaseCommands[K] };
}[CaseCommandType];

export const CASE_COMMAND_TYPES: readonly CaseCommandType[] = [
  'issueNotice',
  'serveNotice',
  'recordInterimMeasures',
  'recordPatrol',
  'reportRectification',
  'recordReinspection',
  'requestExtension',
  'grantExtension',
  'rejectExtension',
  'scheduleInterview',
  'recordInterview',
  'issueCriticism',
  'referToEnforcement',
  'closeCase',
  'voidCase',
  'reassignOfficer',
  'migrateRules',
];
