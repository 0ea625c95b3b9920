import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CampaignStatisticsService } from './campaign-statistics.service';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [PersistenceModule, CampaignsModule],
  controllers: [StatisticsController],
  providers: [StatisticsService, CampaignStatisticsService],
  exports: [StatisticsService, CampaignStatisticsService],
})
export class StatisticsModule {}
