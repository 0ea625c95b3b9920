import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { AccessLogService } from './access-log.service';

@Module({
  imports: [PersistenceModule],
  providers: [AccessLogService],
  exports: [AccessLogService],
})
export class AuthzModule {}
