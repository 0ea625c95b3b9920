import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CriticismNoticeService } from './criticism-notice.service';
import { SupervisionController } from './supervision.controller';
import { UnitFiguresService } from './unit-figures.service';
import { UnitSupervisionService } from './unit-supervision.service';

@Module({
  imports: [PersistenceModule, TemporalClientModule, CampaignsModule],
  controllers: [SupervisionController],
  providers: [UnitSupervisionService, CriticismNoticeService, UnitFiguresService],
})
export class SupervisionModule {}
