import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@firecase/config';
import { dataSourceOptions } from './data-source-options';
import { ENTITIES } from './entities';
import {
  AccessLogRepository,
  AuditTrailRepository,
  CampaignRepository,
  CampaignStatisticsRepository,
  CaseNotificationRepository,
  CaseStatisticsRepository,
  CriticismNoticeRepository,
  CaseOpeningRepository,
  CaseProjectionWriter,
  EvidenceRepository,
  HazardCaseLedgerRepository,
  HazardCaseProjectionRepository,
  LoginFailureRepository,
  NoticeDocumentRepository,
  OrganisationRepository,
  ProgressReportRepository,
  ProgressReportStore,
  RefreshTokenRepository,
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
  providers: REPOSITORIES,
  exports: [TypeOrmModule, ...REPOSITORIES],
})
export class PersistenceModule {}
