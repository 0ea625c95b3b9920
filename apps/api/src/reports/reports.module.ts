import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { ProgressReportService } from './progress-report.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [PersistenceModule],
  controllers: [ReportsController],
  providers: [ProgressReportService],
})
export class ReportsModule {}
