import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { AuthzModule } from '../authz/authz.module';
import { CasesModule } from '../cases/cases.module';
import { CaseImportController } from './import/case-import.controller';
import { CaseImportRunner } from './import/case-import.runner';
import { CaseImportService } from './import/case-import.service';
import { LedgerExportController } from './ledger-export.controller';
import { LedgerExportService } from './ledger-export.service';

/**
 * The hazard ledger (隐患台账) in and out as the office's own files: CSV/XLSX export, the import
 * template, and imports worked in the background by CaseImportRunner.
 */
@Module({
  imports: [PersistenceModule, CasesModule, AuthzModule],
  controllers: [LedgerExportController, CaseImportController],
  providers: [LedgerExportService, CaseImportService, CaseImportRunner],
})
export class LedgerModule {}
