import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { CasesModule } from '../cases/cases.module';
import { CampaignDefinitionService } from './campaign-definition.service';
import { CampaignReadService } from './campaign-read.service';
import { CampaignsController } from './campaigns.controller';
import { SweepInspectionService } from './sweep-inspection.service';

@Module({
  imports: [PersistenceModule, TemporalClientModule, CasesModule],
  controllers: [CampaignsController],
  providers: [CampaignDefinitionService, CampaignReadService, SweepInspectionService],
  exports: [CampaignReadService],
})
export class CampaignsModule {}
