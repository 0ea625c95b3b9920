import type { Writable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { chinaDateOf } from '@firecase/domain';
import type { LedgerRow } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseLedgerService } from '../cases/case-ledger.service';
import type { LedgerFilterQuery, ListCasesQuery } from '../cases/dto/list-cases.query';
import { ledgerBatches, prefetched } from './ledger-batches';
import { writeLedgerCsv } from './ledger-csv.writer';
import { writeLedgerXlsx } from './ledger-xlsx.writer';

type LedgerWriter = (batches: AsyncIterable<readonly LedgerRow[]>, out: Writable) => Promise<void>;

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

  constructor(private readonly ledger: CaseLedgerService) {}

  async export(
    format: LedgerExportFormat,
    filter: LedgerFilterQuery,
    response: Response,
    user: AuthenticatedUser,
  ): Promise<void> {
    const { contentType, write } = FORMATS[format];
    const scoped = { list: (query: ListCasesQuery) => this.ledger.list(query, user) };
    const batches = await prefetched(ledgerBatches(scoped, filter));
    const day = chinaDateOf(new Date().toISOString());
    response.attachment(`hazard-ledger-${day}.${format}`);
    response.type(contentType);
    response.setHeader('Cache-Control', 'no-store');
    try {
      await write(batches, response);
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
}

function isClientGone(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ERR_STREAM_PREMATURE_CLOSE';
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
