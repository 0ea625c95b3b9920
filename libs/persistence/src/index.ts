export {
  type AuditChainHead,
  type AuditChainLink,
  type AuditChainVerification,
  AuditChainGapError,
  linkAuditEvents,
  verifyAuditChain,
} from './audit/audit-chain';
export {
  type AuditEventContent,
  auditEventHash,
  canonicalAuditContent,
  canonicalJson,
  toAuditContent,
} from './audit/audit-hash';
export { dataSourceOptions } from './data-source-options';
export {
  AuditEventEntity,
  CaseNotificationEntity,
  ENTITIES,
  HazardCaseEntity,
  NoticeDocumentEntity,
} from './entities';
export { MIGRATIONS } from './migrations';
export { PersistenceModule } from './persistence.module';
export * from './repositories';
export { runMigrations } from './run-migrations';
