import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarService } from './calendar.service';
import { PrintedDeadlinesController } from './printed-deadlines.controller';

@Module({
  imports: [PersistenceModule, TemporalClientModule, AuditLogModule],
  controllers: [CalendarAdminController, PrintedDeadlinesController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
