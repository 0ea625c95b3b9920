import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@firecase/config';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { CampaignWorkActivities } from './campaigns/campaign-work-activities';
import { ReportScheduleInstaller } from './campaigns/report-schedule-installer';
import { DigestScheduleService } from './notifications/digest/digest-schedule.service';
import { NotificationDispatcherService } from './notifications/notification-dispatcher.service';
import { TemporalWorkerService } from './temporal-worker.service';

/** The worker: the shared persistence providers, the Temporal worker and the notification dispatcher. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      // The client starts unit supervision workflows and installs the report Schedules.
      imports: [ConfigModule.forRoot(config), PersistenceModule, TemporalClientModule],
      providers: [
        TemporalWorkerService,
        NotificationDispatcherService,
        DigestScheduleService,
        CampaignWorkActivities,
        ReportScheduleInstaller,
      ],
    };
  }
}
