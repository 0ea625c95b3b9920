import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@firecase/config';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { HealthModule } from './health/health.module';

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
        HealthModule,
      ],
    };
  }
}
