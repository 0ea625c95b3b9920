import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TemporalClientModule } from '@firecase/temporal';
import { CalendarModule } from '../calendar/calendar.module';
import { CalendarHealthIndicator } from './calendar.health';
import { HealthController } from './health.controller';
import { TemporalHealthIndicator } from './temporal.health';

@Module({
  imports: [
    TerminusModule.forRoot({ errorLogStyle: 'pretty' }),
    TemporalClientModule,
    CalendarModule,
  ],
  controllers: [HealthController],
  providers: [TemporalHealthIndicator, CalendarHealthIndicator],
})
export class HealthModule {}
