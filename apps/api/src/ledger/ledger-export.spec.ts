import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { LedgerRow } from '@firecase/persistence';
import type { LedgerPage } from '../cases/case-ledger.service';
import { LedgerFilterQuery, type ListCasesQuery } from '../cases/dto/list-cases.query';
import { ledgerBatches, prefetched } from './ledger-batches';
import { CODES_LAYOUT, codesCells } from './ledger-columns';
import { writeLedgerCsv } from './ledger-csv.writer';
import { officeCells, officeLayout } from './office-ledger.layout';
import { organisationNames } from './organisation-names';

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

function collect() {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { out, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe(writeLedgerCsv.name, () => {
  it('writes every batch under one header: BOM, CRLF, RFC 4180 quoting, formulas defused', async () => {
    const ledger = fakeLedger(3, 2);
    const { out, text: written } = collect();
    const batches = (async function* () {
      for await (const batch of ledgerBatches(ledger, filter({}), 2)) {
        yield batch.map((r, i) =>
          codesCells(
            i === 0
              ? { ...r, address: '开元路, "东区"\n3单元', responsibleParty: '=HYPERLINK(1)' }
              : r,
          ),
        );
      }
    })();
    await writeLedgerCsv(CODES_LAYOUT, batches, out);
    const text = written();
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

describe('the office ledger (隐患台账)', () => {
  const names = organisationNames([
    { code: 'taibai', name: '太白社区', grids: [{ code: 'G-01', name: '开元路网格' }] },
  ]);

  it('has the office’s columns, in its order, with every code in Chinese and Beijing times', async () => {
    const layout = officeLayout({ title: '太白街道消防安全隐患台账', subtitle: '' });
    expect(layout.columns.map((c) => c.header)).toEqual([
      '序号',
      '隐患编号',
      '发现日期',
      '所属村（社区）',
      '网格',
      '场所/单位名称',
      '地址',
      '隐患类别',
      '隐患类型',
      '隐患描述',
      '隐患等级',
      '责任单位',
      '联系人及电话',
      '责任科室',
      '整改期限',
      '整改状态',
      '复查日期',
      '销号日期',
      '是否逾期',
    ]);
    const line = {
      index: 7,
      row: row(1, {
        community: 'taibai',
        grid: 'G-01',
        status: 'closed',
        severity: 'major',
        deadlineAt: '2026-12-08T15:59:59.999Z',
        closedAt: '2026-12-10T02:00:00.000Z',
        overdue: true,
      }),
      details: {
        building: '3号楼',
        description: '消防车通道被私家车占用',
        contactPerson: '刘洋',
        phone: '023-5800-1234',
        reinspectedAt: '2026-12-09T06:30:00.000Z',
      },
      names,
    };
    const cells = officeCells(line);
    expect(cells).toEqual([
      7,
      'TB-2026-000001',
      '2026-11-28T01:30:00.000Z',
      '太白社区',
      '开元路网格',
      '3号楼',
      '开元路1号',
      '高层、多层建筑',
      '消防通道被占用',
      '消防车通道被私家车占用',
      '重大隐患',
      '绿叶物业',
      '刘洋 023-5800-1234',
      '规环办',
      '2026-12-08T15:59:59.999Z',
      '已销号',
      '2026-12-09T06:30:00.000Z',
      '2026-12-10T02:00:00.000Z',
      '是',
    ]);
    const { out, text } = collect();
    await writeLedgerCsv(
      layout,
      (async function* () {
        yield [cells];
      })(),
      out,
    );
    const [record] = parse(text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(record).toMatchObject({
      序号: '7',
      发现日期: '2026-11-28 09:30',
      整改期限: '2026-12-08 23:59',
      复查日期: '2026-12-09 14:30',
      销号日期: '2026-12-10 10:00',
      是否逾期: '是',
    });
  });

  it('shows a code the organisation does not know as it is', () => {
    const cells = officeCells({
      index: 1,
      row: row(2, { community: '旧社区', grid: 'G-9' }),
      details: undefined,
      names,
    });
    expect(cells.slice(3, 6)).toEqual(['旧社区', 'G-9', null]);
  });
});
