// End to end through HTTP against the real stack: the hazard ledger exported as CSV and XLSX from
// the read model the case workflows keep in the embedded PostgreSQL. Nothing is mocked.
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

type LedgerItem = Record<string, string | number | boolean | null>;

function hazard(community: string, address: string, severity = 'general') {
  return {
    location: { community, grid: 'G-03', address },
    category: 'electric_bike',
    hazardType: 'electric_bike.parked_in_stairwell',
    description: '楼梯间停放电动自行车',
    severity,
    responsibleParty: { name: '绿叶物业服务有限公司, "Green Leaf"', head: '孙浩' },
    department: 'planning_environment',
    discoveredAt: new Date().toISOString(),
  };
}

describe('ledger export (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true });
  const officer = signedInUser(stack, { role: 'officer', displayName: 'Li Wei' });
  const { http } = stack;
  const community = `太白社区 export ${Date.now()}`;
  const elsewhere = `高笋塘社区 export ${Date.now()}`;

  beforeAll(async () => {
    const bodies = [
      hazard(community, '开元路12号, 3单元'),
      hazard(community, '开元路14号 "东区"', 'major'),
      hazard(community, '开元路16号\n背街小巷'),
      hazard(elsewhere, '开元路18号'),
    ];
    for (const body of bodies) await http().post('/cases').set(officer).send(body).expect(201);
    // The read model is written by the workflows: wait until every case has reached it.
    await ledgerOf({ community }, 3);
    await ledgerOf({ community: elsewhere }, 1);
  });

  async function ledgerOf(filter: Record<string, string>, expected?: number) {
    for (let attempt = 0; ; attempt += 1) {
      const response = await http()
        .get('/cases')
        .query({ ...filter, limit: 200 })
        .set(officer)
        .expect(200);
      const items = response.body.items as LedgerItem[];
      if (expected === undefined || items.length >= expected || attempt >= 40) return items;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  function download(format: 'csv' | 'xlsx', filter: Record<string, string>) {
    return http()
      .get(`/cases/export.${format}`)
      .query(filter)
      .set(officer)
      .responseType('blob')
      .expect(200);
  }

  function csvRecords(body: Buffer): LedgerItem[] {
    return parse(body, { bom: true, columns: true }) as LedgerItem[];
  }

  async function xlsxRecords(body: Buffer) {
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(body).buffer);
    const sheet = workbook.getWorksheet('隐患台账');
    if (!sheet) throw new Error('no sheet 隐患台账');
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const [header, ...data] = rows.map((row) => row.slice(1));
    const records = data.map((row) =>
      Object.fromEntries(header.map((key, i) => [String(key), row[i] ?? null])),
    ) as LedgerItem[];
    return { sheet, header, records };
  }

  it('exports the same rows as GET /cases as CSV: BOM, header, quoting, ISO dates', async () => {
    const items = await ledgerOf({ community });
    expect(items).toHaveLength(3);
    const response = await download('csv', { community });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="hazard-ledger-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const body = response.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('"开元路14号 ""东区"""');
    const records = csvRecords(body);
    expect(Object.keys(records[0])).toEqual(Object.keys(items[0]));
    expect(records.map((r) => r.caseNumber)).toEqual(items.map((i) => i.caseNumber));
    records.forEach((record, i) => {
      expect(record).toMatchObject({
        address: items[i].address,
        responsibleParty: items[i].responsibleParty,
        severity: items[i].severity,
        nextDueAt: items[i].nextDueAt ?? '',
        discoveredAt: items[i].discoveredAt,
        overdue: String(items[i].overdue),
        escalationLevel: String(items[i].escalationLevel),
      });
    });
    expect(records.map((r) => r.address)).toContain('开元路16号\n背街小巷');
  });

  it('exports the same rows as GET /cases as XLSX: one sheet 隐患台账, frozen header', async () => {
    const items = await ledgerOf({ community });
    const response = await download('xlsx', { community });
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="hazard-ledger-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const { sheet, header, records } = await xlsxRecords(response.body as Buffer);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(header).toEqual(Object.keys(items[0]));
    expect(records.map((r) => r.caseNumber)).toEqual(items.map((i) => i.caseNumber));
    records.forEach((record, i) => {
      expect(record).toMatchObject({
        address: items[i].address,
        responsibleParty: items[i].responsibleParty,
        nextDueAt: items[i].nextDueAt,
        discoveredAt: items[i].discoveredAt,
        overdue: items[i].overdue,
        escalationLevel: items[i].escalationLevel,
      });
    });
  });

  it('applies the filters of GET /cases and refuses paging parameters', async () => {
    const [other] = await ledgerOf({ community: elsewhere });
    const csv = csvRecords((await download('csv', { community })).body as Buffer);
    expect(csv.map((r) => r.caseNumber)).not.toContain(other.caseNumber);
    const filter = { community, severity: 'major' };
    const majors = await ledgerOf(filter);
    expect(majors).toHaveLength(1);
    const xlsx = await xlsxRecords((await download('xlsx', filter)).body as Buffer);
    expect(xlsx.records.map((r) => r.caseNumber)).toEqual([majors[0].caseNumber]);
    const text = csvRecords((await download('csv', { community, q: '12号' })).body as Buffer);
    expect(text.map((r) => r.address)).toEqual(['开元路12号, 3单元']);
    await http().get('/cases/export.csv').query({ limit: 5 }).set(officer).expect(400);
    await http().get('/cases/export.xlsx').query({ status: 'bogus' }).set(officer).expect(400);
  });

  it('streams a ledger of many batches in the order of GET /cases, due dates tied and missing', async () => {
    // More rows than one export batch (500), written into the read model directly: opening 1,201
    // workflows would prove nothing more. Closed, so that nothing takes them for open cases.
    const bulk = `批量社区 export ${Date.now()}`;
    const database = stack.api.get(DataSource);
    await database.query(
      `INSERT INTO hazard_case (case_number, revision, status, category, hazard_type, severity,
              department, community, address, responsible_party, policy_version, discovered_at,
              next_due_at, closed_at, snapshot)
       SELECT 'TB-1901-' || lpad(i::text, 6, '0'), 1, 'closed', 'high_rise',
              'high_rise.fire_passage_occupied', 'general', 'planning_environment', $1,
              '开元路' || i || '号', '绿叶物业', '2024.1', '2026-11-01T00:00:00Z',
              CASE WHEN i % 7 = 0 THEN NULL
                   ELSE timestamptz '2026-12-01T00:00:00Z' + (i % 50) * interval '1 hour' END,
              '2026-11-20T00:00:00Z', '{}'::jsonb
         FROM generate_series(1, 1201) AS i`,
      [bulk],
    );
    try {
      const expected: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await http()
          .get('/cases')
          .query({ community: bulk, limit: 200, ...(cursor ? { cursor } : {}) })
          .set(officer)
          .expect(200);
        expected.push(...(page.body.items as LedgerItem[]).map((i) => String(i.caseNumber)));
        cursor = page.body.nextCursor as string | undefined;
      } while (cursor);
      expect(expected).toHaveLength(1201);
      // The pages, put together, are the whole ledger in its order: checked against plain SQL.
      const ordered: { case_number: string }[] = await database.query(
        'SELECT case_number FROM hazard_case WHERE community = $1 ORDER BY next_due_at ASC NULLS LAST, case_number ASC',
        [bulk],
      );
      expect(expected).toEqual(ordered.map((row) => row.case_number));
      const csv = csvRecords((await download('csv', { community: bulk })).body as Buffer);
      expect(csv.map((r) => r.caseNumber)).toEqual(expected);
      expect(csv.at(-1)?.nextDueAt).toBe('');
      const xlsx = await xlsxRecords((await download('xlsx', { community: bulk })).body as Buffer);
      expect(xlsx.records.map((r) => r.caseNumber)).toEqual(expected);
    } finally {
      await database.query('DELETE FROM hazard_case WHERE community = $1', [bulk]);
    }
  });

  it('exports a header row alone when nothing matches', async () => {
    const none = { community: `nowhere ${Date.now()}` };
    const csv = (await download('csv', none)).body as Buffer;
    expect(csv.toString('utf8')).toMatch(/^\ufeffcaseNumber,status,/);
    expect(csvRecords(csv)).toEqual([]);
    const { header, records } = await xlsxRecords((await download('xlsx', none)).body as Buffer);
    expect(header[0]).toBe('caseNumber');
    expect(records).toEqual([]);
  });
});
