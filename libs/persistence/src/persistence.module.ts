import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@firecase/config';
import { AuditKeyring } from './audit/audit-keyring';
import { AuditBootCheck } from './audit/audit-boot-check';
import { dataSourceOptions } from './data-source-options';
import { ENTITIES } from './entities';
import {
  AccessLogRepository,
  AdminLogRepository,
  AuditTrailRepository,
  CaseActionRequestRepository,
  CaseEvidenceRepository,
  CaseImportJobRepository,
  CaseNotificationRepository,
  CaseOpeningRepository,
  CaseProjectionWriter,
  CaseRecordRepository,
  CaseSnapshotRepository,
  DeliveryLogRepository,
  EvidenceRepository,
  HazardCaseLedgerRepository,
  HazardCaseProjectionRepository,
  InboxRepository,
  LoginFailureRepository,
  NoticeDocumentRepository,
  NotificationDispatchRepository,
  NotificationOutbox,
  NotificationPreferenceRepository,
  OrganisationRepository,
  RecipientDirectoryRepository,
  RefreshTokenRepository,
  StatutoryCalendarRepository,
  UserRepository,
} from './repositories';

const REPOSITORIES = [
  HazardCaseProjectionRepository,
  CaseNotificationRepository,
  CaseOpeningRepository,
  HazardCaseLedgerRepository,
  AuditTrailRepository,
  CaseProjectionWriter,
  NoticeDocumentRepository,
  EvidenceRepository,
  UserRepository,
  RefreshTokenRepository,
  LoginFailureRepository,
  OrganisationRepository,
  AccessLogRepository,
  StatutoryCalendarRepository,
  CaseRecordRepository,
  CaseEvidenceRepository,
  CaseActionRequestRepository,
  AdminLogRepository,
  // notifications (issue 10)
  NotificationDispatchRepository,
  RecipientDirectoryRepository,
  InboxRepository,
  DeliveryLogRepository,
  NotificationPreferenceRepository,
  CaseSnapshotRepository,
  NotificationOutbox,
  CaseImportJobRepository,
];

/** The database connection and repositories shared by the api and the worker. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.database),
        retryAttempts: 3,
      }),
    }),
    TypeOrmModule.forFeature(ENTITIES),
  ],
  providers: [
    // AUDIT_KEY from the configuration; the database only ever sees the MACs it makes.
    { provide: AuditKeyring, inject: [AppConfig], useFactory: auditKeyringOf },
    AuditBootCheck,
    ...REPOSITORIES,
  ],
  exports: [TypeOrmModule, AuditKeyring, AuditBootCheck, ...REPOSITORIES],
})
export class PersistenceModule {}

function auditKeyringOf(config: AppConfig): AuditKeyring {
  return new AuditKeyring(config.audit.key);
}
