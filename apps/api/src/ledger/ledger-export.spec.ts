import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { LedgerRow } from '@firecase/persistence';
import type { LedgerPage } from '../cases/case-ledger.service';
import { LedgerFilterQuery, type ListCasesQuery } from '../cases/dto/list-cases.query';
import { ledgerBatches, prefetched } from './ledger-batches';
import { writeLedgerCsv } from './ledger-csv.writer';

function row(n: number, overrides: Partial<LedgerRow> = {}): LedgerRow {
  return {
    caseNumber: `TB-2026-${String(n).padStart(6, '0')}`,
    status: 'awaiting_notice',
    category: 'high_rise',
    hazardType: 'high_rise.fire_passage_occupied',
    severity: 'general',
    department: 'planning_environment',
    community: '太白社区',
    grid: null,
    address: `开元路${n}号`,
    responsibleParty: '绿叶物业',
    deadlineAt: null,
    nextDueAt: '2026-12-01T01:00:00.000Z',
    nextDueKind: 'notice',
    escalationLevel: 0,
    overdue: false,
    policyVersion: '2024.1',
    discoveredAt: '2026-11-28T01:30:00.000Z',
    closedAt: null,
    provisionalYears: [],
    ...overrides,
  };
}

/** A ledger of `total` rows served `pageSize` at a time, whatever limit is asked for. */
function fakeLedger(total: number, pageSize: number) {
  const queries: ListCasesQuery[] = [];
  const list = async (query: ListCasesQuery): Promise<LedgerPage> => {
    queries.push(query);
    const start = query.cursor === undefined ? 0 : Number(query.cursor);
    const items = Array.from({ length: Math.min(pageSize, total - start) }, (_, i) =>
      row(start + i + 1),
    );
    const next = start + items.length;
    return next < total ? { items, nextCursor: String(next) } : { items };
  };
  return { list, queries };
}

function filter(values: Partial<LedgerFilterQuery>): LedgerFilterQuery {
  return Object.assign(new LedgerFilterQuery(), values);
}

describe(ledgerBatches.name, () => {
  it('pages through the ledger with its cursor, asking for the next page only when wanted', async () => {
    const ledger = fakeLedger(5, 2);
    const batches = ledgerBatches(ledger, filter({ community: '太白社区' }), 2);
    const first = await batches.next();
    expect(first.value).toHaveLength(2);
    expect(ledger.queries).toHaveLength(1);
    const rest: string[] = [];
    for await (const batch of batches) rest.push(...batch.map((r) => r.caseNumber));
    expect(rest).toEqual(['TB-2026-000003', 'TB-2026-000004', 'TB-2026-000005']);
    expect(ledger.queries.map((q) => [q.community, q.limit, q.cursor])).toEqual([
      ['太白社区', 2, undefined],
      ['太白社区', 2, '2'],
      ['太白社区', 2, '4'],
    ]);
  });
});

describe(prefetched.name, () => {
  it('runs the first query before anything is written, so its failure can still be answered', async () => {
    const failing = ledgerBatches(
      {
        list: async () => {
          throw new Error('database down');
        },
      },
      filter({}),
    );
    await expect(prefetched(failing)).rejects.toThrow('database down');
  });
});

describe(writeLedgerCsv.name, () => {
  it('writes every batch under one header: BOM, CRLF, RFC 4180 quoting, formulas defused', async () => {
    const ledger = fakeLedger(3, 2);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const batches = (async function* () {
      for await (const batch of ledgerBatches(ledger, filter({}), 2)) {
        yield batch.map((r, i) =>
          i === 0
            ? { ...r, address: '开元路, "东区"\n3单元', responsibleParty: '=HYPERLINK(1)' }
            : r,
        );
      }
    })();
    await writeLedgerCsv(batches, out);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.startsWith('\ufeffcaseNumber,status,category,')).toBe(true);
    expect(text).toContain('"开元路, ""东区""\n3单元"');
    expect(text.split('\r\n')).toHaveLength(5); // header, three rows, and the final line end
    const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.caseNumber)).toEqual([
      'TB-2026-000001',
      'TB-2026-000002',
      'TB-2026-000003',
    ]);
    expect(records[0]).toMatchObject({
      address: '开元路, "东区"\n3单元',
      responsibleParty: "'=HYPERLINK(1)",
      grid: '',
      overdue: 'false',
      escalationLevel: '0',
      nextDueAt: '2026-12-01T01:00:00.000Z',
    });
  });
});
