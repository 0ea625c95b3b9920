import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { CasesModule } from '../cases/cases.module';
import { NoticeDocumentsService } from './notice-documents.service';
import { NoticesController } from './notices.controller';

@Module({
  imports: [PersistenceModule, CasesModule],
  controllers: [NoticesController],
  providers: [NoticeDocumentsService],
})
export class NoticesModule {}
