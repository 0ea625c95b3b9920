export {
  AUDIT_CHAIN_PROBLEMS,
  type AuditAnchors,
  type AuditChainHead,
  type AuditChainLink,
  type AuditChainProblem,
  type AuditChainVerification,
  AuditChainGapError,
  type AuditHead,
  type AuditSeal,
  findUnkeyedBreak,
  linkAuditEvents,
  verifyAuditChain,
} from './audit/audit-chain';
export { AuditKeyring } from './audit/audit-keyring';
export { AuditBootCheck } from './audit/audit-boot-check';
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
