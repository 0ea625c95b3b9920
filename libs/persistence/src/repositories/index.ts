export {
  type AuditEventRecord,
  AuditTrailRepository,
  type LegacySealing,
} from './audit-trail.repository';
export { type CaseProjectionResult, CaseProjectionWriter } from './case-projection.writer';
export {
  CaseActionRequestRepository,
  type CaseActionAnswer,
  type CaseActionClaim,
  type CaseActionRequest,
} from './case-action-request.repository';
export {
  citationsOf,
  CaseEvidenceRepository,
  type EvidenceCitation,
} from './case-evidence.repository';
export { type CaseRecord, CaseRecordRepository } from './case-record.repository';
export {
  CaseNotificationRepository,
  type NotificationToQueue,
} from './case-notification.repository';
export {
  type HazardCaseRow,
  HazardCaseProjectionRepository,
} from './hazard-case-projection.repository';
export { type CaseNumberReservation, CaseOpeningRepository } from './case-opening.repository';
export { LedgerTextSearchPlanner, planTextSearch, type TextSearchPlan } from './ledger-text-search';
export {
  CaseImportJobRepository,
  type ImportJobRecord,
  type ImportJobStatus,
  type ImportJobToCreate,
  type ImportRowOutcome,
  type ImportRowRecord,
  type ImportRowResult,
  type ImportRowToOpen,
  type ImportRowToStore,
} from './case-import-job.repository';
export {
  type LedgerCursor,
  type LedgerFilter,
  type LedgerRow,
  type LedgerRowDetails,
  type LedgerScope,
  HazardCaseLedgerRepository,
} from './hazard-case-ledger.repository';
export {
  type NoticeDocument,
  NoticeDocumentRepository,
  type NoticeToIssue,
} from './notice-document.repository';
export { NoticeIssueRefusalCode, NoticeIssueRefused } from './notice-issue-refused.error';
export {
  type EvidenceFile,
  type EvidenceMetadata,
  type EvidenceReaders,
  EvidenceRepository,
  type EvidenceToStore,
} from './evidence.repository';
export * from './audit-log';
export * from './identity';
export {
  type PrintedDeadlineOnDayOff,
  StatutoryCalendarRepository,
  type StatutoryYearLoadRecord,
} from './statutory-calendar.repository';
export * from './notifications';
export * from './campaigns';
export * from './statistics';
export * from './reports';
