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
  CampaignRepository,
  CampaignStatisticsRepository,
  CaseActionRequestRepository,
  CaseEvidenceRepository,
  CaseImportJobRepository,
  CaseNotificationRepository,
  CaseStatisticsRepository,
  CriticismNoticeRepository,
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
  ProgressReportRepository,
  ProgressReportStore,
  RecipientDirectoryRepository,
  RefreshTokenRepository,
  StatutoryCalendarRepository,
  UnitFiguresRepository,
  UnitSupervisionRepository,
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
  // campaigns, unit supervision, statistics and reports (issue 12 §1–3)
  CampaignRepository,
  UnitFiguresRepository,
  UnitSupervisionRepository,
  CriticismNoticeRepository,
  CaseStatisticsRepository,
  CampaignStatisticsRepository,
  ProgressReportRepository,
  ProgressReportStore,
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
