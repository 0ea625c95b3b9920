import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { EvidenceCitationChecker } from './evidence-citations';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [PersistenceModule],
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceCitationChecker],
  exports: [EvidenceCitationChecker],
})
export class EvidenceModule {}
