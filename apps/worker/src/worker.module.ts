import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@firecase/config';
import { PersistenceModule } from '@firecase/persistence';
import { CampaignWorkActivities } from './campaigns/campaign-work-activities';
import { TemporalWorkerService } from './temporal-worker.service';

/** The worker: the shared persistence providers plus the Temporal worker itself. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule],
      providers: [TemporalWorkerService, CampaignWorkActivities],
    };
  }
}
