import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@firecase/config';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { CampaignWorkActivities } from './campaigns/campaign-work-activities';
import { ReportScheduleInstaller } from './campaigns/report-schedule-installer';
import { TemporalWorkerService } from './temporal-worker.service';

/** The worker: the shared persistence providers plus the Temporal worker itself. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      // The client starts unit supervision workflows and installs the report Schedules.
      imports: [ConfigModule.forRoot(config), PersistenceModule, TemporalClientModule],
      providers: [TemporalWorkerService, CampaignWorkActivities, ReportScheduleInstaller],
    };
  }
}
