import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { TemporalClientModule } from '@firecase/temporal';
import { EvidenceModule } from '../evidence/evidence.module';
import { CaseActionIdempotency } from './case-action-idempotency';
import { CaseActionsController } from './case-actions.controller';
import { CaseActionsService } from './case-actions.service';
import { CaseLedgerService } from './case-ledger.service';
import { CaseOpeningService } from './case-opening.service';
import { CaseReadsService } from './case-reads.service';
import { CaseWorkerAvailability } from './case-worker-availability';
import { CasesController } from './cases.controller';
import { OfficerReassignmentService } from './officer-reassignment.service';

@Module({
  imports: [PersistenceModule, TemporalClientModule, EvidenceModule],
  controllers: [CasesController, CaseActionsController],
  providers: [
    CaseOpeningService,
    CaseActionsService,
    CaseLedgerService,
    OfficerReassignmentService,
    CaseReadsService,
    CaseWorkerAvailability,
    CaseActionIdempotency,
  ],
  exports: [CaseOpeningService, CaseLedgerService, CaseActionsService, CaseReadsService],
})
export class CasesModule {}
