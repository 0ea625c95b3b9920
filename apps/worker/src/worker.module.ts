import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@firecase/config';
import { PersistenceModule } from '@firecase/persistence';
import { DigestScheduleService } from './notifications/digest/digest-schedule.service';
import { NotificationDispatcherService } from './notifications/notification-dispatcher.service';
import { TemporalWorkerService } from './temporal-worker.service';

/** The worker: the shared persistence providers, the Temporal worker and the notification dispatcher. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule],
      providers: [TemporalWorkerService, NotificationDispatcherService, DigestScheduleService],
    };
  }
}
