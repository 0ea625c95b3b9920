import type { Writable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppConfig } from '@firecase/config';
import { chinaDateOf, formatChinaDateTime } from '@firecase/domain';
import {
  HazardCaseLedgerRepository,
  type LedgerRow,
  OrganisationRepository,
} from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseLedgerService } from '../cases/case-ledger.service';
import type { ListCasesQuery } from '../cases/dto/list-cases.query';
import type { LedgerExportQuery } from './dto/ledger-export.query';
import { ledgerBatches, prefetched } from './ledger-batches';
import { CODES_LAYOUT, codesCells } from './ledger-columns';
import { writeLedgerCsv } from './ledger-csv.writer';
import { describeFilters } from './ledger-export-filters';
import { writeLedgerXlsx } from './ledger-xlsx.writer';
import { organisationNames } from './organisation-names';
import { officeCells, officeLayout, type OrganisationNames } from './office-ledger.layout';
import type { SheetLayout, SheetRows } from './sheet-layout';

type LedgerWriter = (layout: SheetLayout, rows: SheetRows, out: Writable) => Promise<void>;

const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', write: writeLedgerCsv },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: writeLedgerXlsx,
  },
} satisfies Record<string, { contentType: string; write: LedgerWriter }>;

export type LedgerExportFormat = keyof typeof FORMATS;

/** Streams the hazard ledger (隐患台账) as a download, batch by batch from PostgreSQL. */
@Injectable()
export class LedgerExportService {
  private readonly logger = new Logger(LedgerExportService.name);

  constructor(
    private readonly ledger: CaseLedgerService,
    private readonly rows: HazardCaseLedgerRepository,
    private readonly organisation: OrganisationRepository,
    private readonly config: AppConfig,
  ) {}

  async export(
    format: LedgerExportFormat,
    query: LedgerExportQuery,
    response: Response,
    user: AuthenticatedUser,
  ): Promise<void> {
    const { format: layoutName = 'office', ...filter } = query;
    const { contentType, write } = FORMATS[format];
    const scoped = { list: (page: ListCasesQuery) => this.ledger.list(page, user) };
    const batches = await prefetched(ledgerBatches(scoped, filter));
    const now = new Date().toISOString();
    const day = chinaDateOf(now);
    let layout: SheetLayout;
    let rows: SheetRows;
    if (layoutName === 'codes') {
      layout = CODES_LAYOUT;
      rows = mapBatches(batches, async (batch) => batch.map(codesCells));
      response.attachment(`hazard-ledger-${day}.${format}`);
    } else {
      const names = organisationNames(await this.organisation.communities());
      layout = officeLayout({
        title: `${this.officeName()}消防安全隐患台账`,
        subtitle: `导出时间：${formatChinaDateTime(now)}（北京时间）\u3000${describeFilters(filter, names)}`,
      });
      rows = this.officeRows(batches, names);
      response.attachment(`隐患台账-${day}.${format}`);
    }
    response.type(contentType);
    response.setHeader('Cache-Control', 'no-store');
    try {
      await write(layout, rows, response);
    } catch (error) {
      if (!response.headersSent) throw error;
      // The status line has gone out: cutting the download short is the only honest signal
      // left, so the client never takes a truncated file for the whole ledger.
      response.destroy();
      if (!isClientGone(error)) {
        this.logger.error(`${format} export failed midway: ${describe(error)}`);
      }
    }
  }

  /** Each batch with what the office's columns need beyond the row: one query a batch. */
  private officeRows(batches: AsyncIterable<readonly LedgerRow[]>, names: OrganisationNames) {
    let index = 0;
    return mapBatches(batches, async (batch) => {
      const details = await this.rows.details(batch.map((row) => row.caseNumber));
      return batch.map((row) =>
        officeCells({ index: ++index, row, details: details.get(row.caseNumber), names }),
      );
    });
  }

  /** 发文机关 without 办事处: 重庆市万州区太白街道办事处 → 重庆市万州区太白街道. */
  private officeName(): string {
    return this.config.notices.issuer.replace(/办事处$/, '');
  }
}

async function* mapBatches<T, R>(
  batches: AsyncIterable<T>,
  map: (batch: T) => Promise<R>,
): AsyncGenerator<R> {
  for await (const batch of batches) yield await map(batch);
}

function isClientGone(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ERR_STREAM_PREMATURE_CLOSE';
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
