import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseOpeningService } from '../cases/case-opening.service';
import type { OpenCaseDto } from '../cases/dto/open-case.dto';
import type { CaseImportReport, ImportedRow, RejectedRow } from './case-import.report';
import { parseImportCsv } from './import-csv.parser';
import { checkImportRow } from './import-row.mapper';
import { mapConcurrently } from './map-concurrently';

/** Cases opened at once: each is a PostgreSQL reservation plus a workflow start and query. */
const OPENING_CONCURRENCY = 4;

interface GoodRow {
  readonly line: number;
  readonly dto: OpenCaseDto;
  readonly idempotencyKey: string;
}

/**
 * Bulk registration (发现/登记) from a CSV file, e.g. the high-rise buildings a campaign's notice
 * lists. Every row is checked first; then the good ones are opened, each under an
 * Idempotency-Key derived from its content, so importing a file again opens nothing twice.
 */
@Injectable()
export class CaseImportService {
  constructor(private readonly opening: CaseOpeningService) {}

  async import(file: Buffer | undefined, user: AuthenticatedUser): Promise<CaseImportReport> {
    if (file === undefined) {
      throw new BadRequestException('send the CSV file as the multipart field "file"');
    }
    const good: GoodRow[] = [];
    const rejected: RejectedRow[] = [];
    for (const record of parseImportCsv(file)) {
      if ('problem' in record) {
        rejected.push({
          line: record.line,
          problems: [{ field: 'row', problems: [record.problem] }],
        });
        continue;
      }
      const checked = await checkImportRow(record.cells);
      if ('problems' in checked) rejected.push({ line: record.line, problems: checked.problems });
      else good.push({ line: record.line, ...checked });
    }
    const imported: ImportedRow[] = [];
    const alreadyImported: ImportedRow[] = [];
    // A row repeated in the file is the same hazard: the first occurrence opens it, by line order.
    const [firsts, repeats] = splitRepeats(good);
    const caseNumbers = new Map<string, string>();
    await mapConcurrently(firsts, OPENING_CONCURRENCY, async ({ line, dto, idempotencyKey }) => {
      try {
        const opened = await this.opening.open(dto, user, idempotencyKey);
        caseNumbers.set(idempotencyKey, opened.caseNumber);
        (opened.replayed ? alreadyImported : imported).push({
          line,
          caseNumber: opened.caseNumber,
        });
      } catch (error) {
        // A key taken by a different body (only a change to OpenCaseDto makes that possible) is
        // the row's problem, and its message names the case. Anything else (PostgreSQL or
        // Temporal down) fails the import, which is safe to repeat. A row for a department the
        // importer may not open cases for is that row's problem too.
        if (!(error instanceof ConflictException || error instanceof ForbiddenException))
          throw error;
        rejected.push({ line, problems: [{ field: 'row', problems: [error.message] }] });
      }
    });
    for (const { line, idempotencyKey } of repeats) {
      const caseNumber = caseNumbers.get(idempotencyKey);
      if (caseNumber !== undefined) alreadyImported.push({ line, caseNumber });
      else rejected.push({ line, problems: [{ field: 'row', problems: ['repeats a row above'] }] });
    }
    return {
      imported: imported.sort(byLine),
      alreadyImported: alreadyImported.sort(byLine),
      rejected: rejected.sort(byLine),
    };
  }
}

function splitRepeats(rows: readonly GoodRow[]): [GoodRow[], GoodRow[]] {
  const seen = new Set<string>();
  const firsts: GoodRow[] = [];
  const repeats: GoodRow[] = [];
  for (const row of rows) {
    (seen.has(row.idempotencyKey) ? repeats : firsts).push(row);
    seen.add(row.idempotencyKey);
  }
  return [firsts, repeats];
}

function byLine(a: { line: number }, b: { line: number }): number {
  return a.line - b.line;
}
