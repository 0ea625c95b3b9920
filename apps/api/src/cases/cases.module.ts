import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { CaseActionsController } from './case-actions.controller';
import { CaseActionsService } from './case-actions.service';
import { CaseLedgerService } from './case-ledger.service';
import { CaseOpeningService } from './case-opening.service';
import { CasesController } from './cases.controller';
import { OfficerReassignmentService } from './officer-reassignment.service';

@Module({
  imports: [PersistenceModule, TemporalClientModule],
  controllers: [CasesController, CaseActionsController],
  providers: [
    CaseOpeningService,
    CaseActionsService,
    CaseLedgerService,
    OfficerReassignmentService,
  ],
  exports: [CaseOpeningService, CaseLedgerService, CaseActionsService],
})
export class CasesModule {}
