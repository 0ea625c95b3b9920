import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarService } from './calendar.service';
import { PrintedDeadlinesController } from './printed-deadlines.controller';

@Module({
  imports: [PersistenceModule, TemporalClientModule],
  controllers: [CalendarAdminController, PrintedDeadlinesController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
