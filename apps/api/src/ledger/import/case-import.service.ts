import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import {
  CaseImportJobRepository,
  HazardCaseLedgerRepository,
  type ImportRowToStore,
  OrganisationRepository,
} from '@firecase/persistence';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { caseScopeOf, mayOpenFor } from '../../authz/case-scope';
import { organisationNames } from '../organisation-names';
import type { CaseImportJobView } from './case-import.report';
import { CaseImportRunner } from './case-import.runner';
import { jobView } from './case-import.view';
import { readImportFile, type RawRow, type RawSheet } from './import-file.reader';
import { findHeader, type ImportHeader, isBlankRow, textOf } from './import-header';
import { checkImportRow, ownDepartmentOnly, type RowContext } from './import-row.checker';
import { departmentLookup } from './import-values';

export const MAX_IMPORT_ROWS = 5000;

/** The part of multer's file this service reads (the types of multer are not installed). */
export interface UploadedImportFile {
  readonly buffer: Buffer;
  readonly originalname?: string;
}

/**
 * Bulk registration (发现/登记) from the office's own sheet (XLSX or CSV), e.g. the high-rise
 * buildings a campaign's notice lists. The file is read and every row checked at once, so what
 * is wrong with the file (a 400) or with a row is known before anything is opened; the rows are
 * then stored as a job that CaseImportRunner works in the background.
 */
@Injectable()
export class CaseImportService {
  constructor(
    private readonly jobs: CaseImportJobRepository,
    private readonly organisation: OrganisationRepository,
    private readonly ledger: HazardCaseLedgerRepository,
    private readonly runner: CaseImportRunner,
  ) {}

  async start(
    file: UploadedImportFile | undefined,
    user: AuthenticatedUser,
  ): Promise<CaseImportJobView> {
    if (file === undefined) {
      throw new BadRequestException('请以 multipart 字段 "file" 上传 XLSX 或 CSV 文件');
    }
    const sheet = await readImportFile(file.buffer);
    const header = findHeader(sheet.rows);
    const rows = sheet.rows.filter((row) => row.line > header.line && !isBlankRow(row));
    if (rows.length === 0) throw new BadRequestException('文件中表头以下没有数据行');
    if (rows.length > MAX_IMPORT_ROWS) {
      throw new BadRequestException(
        `文件有 ${rows.length} 行数据，一次最多导入 ${MAX_IMPORT_ROWS} 行：请分成几个文件`,
      );
    }
    const stored = await this.checkRows(sheet, header, rows, user);
    const id = await this.jobs.create({
      userId: user.id,
      importer: user,
      fileName: file.originalname ? fileNameOf(file.originalname) : null,
      fileFormat: sheet.format,
      fileEncoding: sheet.encoding,
      columns: header.columns,
      rows: stored,
    });
    this.runner.wake();
    return this.view(id, user);
  }

  /** A job of the user's, with every row's outcome so far; someone else's is not found. */
  async view(id: string, user: AuthenticatedUser): Promise<CaseImportJobView> {
    const job = await this.jobs.find(id);
    if (!job || job.userId !== user.id) throw new NotFoundException(`导入任务 ${id} 不存在`);
    return jobView(job, await this.jobs.rows(id));
  }

  /** The user's latest jobs, newest first, without their rows. */
  async list(user: AuthenticatedUser): Promise<CaseImportJobView[]> {
    return (await this.jobs.listForUser(user.id, 20)).map((job) => jobView(job));
  }

  private async checkRows(
    sheet: RawSheet,
    header: ImportHeader,
    rows: readonly RawRow[],
    user: AuthenticatedUser,
  ): Promise<ImportRowToStore[]> {
    const context: RowContext = {
      organisation: organisationNames(await this.organisation.communities()),
      departmentOf: departmentLookup(await this.organisation.departments()),
      mayOpenFor: (department) =>
        mayOpenFor(user, department) ? undefined : ownDepartmentOnly(user.departmentCode),
    };
    const caseNumberColumn = header.bindings.find((b) => b.field === 'caseNumber');
    const caseNumberOf = (row: RawRow) =>
      caseNumberColumn ? textOf(row.cells[caseNumberColumn.index] ?? null) : '';
    // 隐患编号 of a case the importer can see: a re-imported export, not a new hazard.
    const existing = await this.ledger.existing(
      rows.map(caseNumberOf).filter((number) => number !== ''),
      caseScopeOf(user),
    );
    const headerWidth = sheet.rows.find((row) => row.line === header.line)?.cells.length ?? 0;
    const firstLineOfKey = new Map<string, number>();
    const stored: ImportRowToStore[] = [];
    for (const row of rows) {
      const caseNumber = caseNumberOf(row);
      if (existing.has(caseNumber)) {
        stored.push({ line: row.line, outcome: 'already_imported', caseNumber });
        continue;
      }
      if (sheet.format === 'csv' && row.cells.length !== headerWidth) {
        // Usually a comma in an unquoted cell: the values would land in the wrong columns.
        stored.push({
          line: row.line,
          outcome: 'rejected',
          problems: [
            {
              field: 'row',
              column: null,
              problems: [`该行有 ${row.cells.length} 个字段，表头有 ${headerWidth} 列`],
            },
          ],
        });
        continue;
      }
      const checked = await checkImportRow(row, header.bindings, context);
      if (checked.kind === 'rejected') {
        stored.push({ line: row.line, outcome: 'rejected', problems: checked.problems });
        continue;
      }
      const first = firstLineOfKey.get(checked.idempotencyKey);
      if (first === undefined) firstLineOfKey.set(checked.idempotencyKey, row.line);
      stored.push({
        line: row.line,
        outcome: 'pending',
        body: checked.body,
        idempotencyKey: checked.idempotencyKey,
        // A row repeated in the file is the same hazard: the first occurrence opens it.
        repeatsLine: first,
      });
    }
    return stored;
  }
}

/** The name without any path a browser may send along, bounded. */
function fileNameOf(name: string): string {
  return name.split(/[\\/]/).pop()!.slice(0, 200);
}
