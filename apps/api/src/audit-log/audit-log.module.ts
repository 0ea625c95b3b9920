import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { AdminLogService } from './admin-log.service';
import { AuditLogController } from './audit-log.controller';

/** The auditors' view of the access and admin logs, and the service that writes the admin log. */
@Module({
  imports: [PersistenceModule],
  controllers: [AuditLogController],
  providers: [AdminLogService],
  exports: [AdminLogService],
})
export class AuditLogModule {}
