import { Module } from '@nestjs/common';
import { AuthzModule } from '../authz/authz.module';
import { CasesModule } from '../cases/cases.module';
import { CaseImportController } from './case-import.controller';
import { CaseImportService } from './case-import.service';
import { LedgerExportController } from './ledger-export.controller';
import { LedgerExportService } from './ledger-export.service';

/** The hazard ledger (隐患台账) in and out as files: CSV/XLSX export, CSV import. */
@Module({
  imports: [CasesModule, AuthzModule],
  controllers: [LedgerExportController, CaseImportController],
  providers: [LedgerExportService, CaseImportService],
})
export class LedgerModule {}
