import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { AuthzModule } from '../authz/authz.module';
import { CasesModule } from '../cases/cases.module';
import { CaseHistoryController } from './case-history.controller';
import { CaseHistoryService } from './case-history.service';

@Module({
  imports: [PersistenceModule, CasesModule, AuthzModule],
  controllers: [CaseHistoryController],
  providers: [CaseHistoryService],
})
export class CaseHistoryModule {}
