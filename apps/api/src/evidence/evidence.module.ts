import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [PersistenceModule],
  controllers: [EvidenceController],
  providers: [EvidenceService],
})
export class EvidenceModule {}
