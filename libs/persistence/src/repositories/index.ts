export { type AuditEventRecord, AuditTrailRepository } from './audit-trail.repository';
export { type CaseProjectionResult, CaseProjectionWriter } from './case-projection.writer';
export {
  CaseNotificationRepository,
  type NotificationToQueue,
} from './case-notification.repository';
export {
  type HazardCaseRow,
  HazardCaseProjectionRepository,
} from './hazard-case-projection.repository';
export { type CaseNumberReservation, CaseOpeningRepository } from './case-opening.repository';
export {
  type LedgerCursor,
  type LedgerFilter,
  type LedgerRow,
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
  EvidenceRepository,
  type EvidenceToStore,
} from './evidence.repository';
export * from './identity';
export * from './campaigns';
export * from './statistics';
export * from './reports';
