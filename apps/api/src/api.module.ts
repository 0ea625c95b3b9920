import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@firecase/config';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { AdminModule } from './admin/admin.module';
import { AuditLogModule } from './audit-log/audit-log.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { AuthzModule } from './authz/authz.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CasesModule } from './cases/cases.module';
import { ConsoleModule } from './console/console.module';
import { EvidenceModule } from './evidence/evidence.module';
import { HealthModule } from './health/health.module';
import { CaseHistoryModule } from './history/case-history.module';
import { LedgerModule } from './ledger/ledger.module';
import { NoticesModule } from './notices/notices.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationModule } from './organisation/organisation.module';
import { ProfileModule } from './profile/profile.module';
import { ReportsModule } from './reports/reports.module';
import { StatisticsModule } from './statistics/statistics.module';
import { SupervisionModule } from './supervision/supervision.module';

/** The API: the shared persistence providers plus controllers and the Temporal client. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        TemporalClientModule,
        AuthModule,
        AuthzModule,
        HealthModule,
        LedgerModule, // ahead of CasesModule: /cases/export.csv before /cases/:caseNumber
        CasesModule,
        EvidenceModule,
        NoticesModule,
        CaseHistoryModule,
        AdminModule,
        CalendarModule,
        AuditLogModule,
        NotificationsModule,
        ProfileModule,
        OrganisationModule,
        CampaignsModule,
        SupervisionModule,
        StatisticsModule,
        ReportsModule,
        ConsoleModule, // last: its catch-all serves the console for what no API route matched
      ],
    };
  }
}
