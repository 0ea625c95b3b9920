// End to end through HTTP against the real stack: the hazard ledger exported as CSV and XLSX from
// the read model the case workflows keep in the embedded PostgreSQL. Nothing is mocked.
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { OrganisationRepository } from '@firecase/persistence';
import { OFFICE_HEADER } from './fixtures/office-ledger-file';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

type LedgerItem = Record<string, string | number | boolean | null>;

function hazard(community: string, address: string, severity = 'general') {
  return {
    location: { community, grid: 'G-03', building: '3号楼', address },
    category: 'electric_bike',
    hazardType: 'electric_bike.parked_in_stairwell',
    description: '楼梯间停放电动自行车',
    severity,
    responsibleParty: {
      name: '绿叶物业服务有限公司, "Green Leaf"',
      head: '孙浩',
      contactPerson: '刘洋',
      phone: '023-5800-1234',
    },
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
    await stack.api.get(OrganisationRepository).addCommunity({
      code: community,
      name: '太白社区',
      grids: [{ code: 'G-03', name: '开元路网格' }],
    });
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

  /** The machine columns (format=codes) unless `layout` says otherwise. */
  function download(
    format: 'csv' | 'xlsx',
    filter: Record<string, string>,
    layout: 'codes' | 'office' | 'default' = 'codes',
  ) {
    return http()
      .get(`/cases/export.${format}`)
      .query(layout === 'default' ? filter : { ...filter, format: layout })
      .set(officer)
      .responseType('blob')
      .expect(200);
  }

  function csvRecords(body: Buffer): LedgerItem[] {
    return parse(body, { bom: true, columns: true }) as LedgerItem[];
  }

  async function xlsxRecords(body: Buffer, headerRow = 1) {
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(body).buffer);
    const sheet = workbook.getWorksheet('隐患台账');
    if (!sheet) throw new Error('no sheet 隐患台账');
    const rows = (sheet.getSheetValues().slice(headerRow) as unknown[][]).filter(Boolean);
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
    expect(sheet.getRow(1).getCell(1).value).toBe('caseNumber');
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
      // The office's ledger over the same batches: one details query a batch, numbered on.
      const office = csvRecords(
        (await download('csv', { community: bulk }, 'default')).body as Buffer,
      );
      expect(office.map((r) => r.隐患编号)).toEqual(expected);
      expect(office.map((r) => Number(r.序号))).toEqual(expected.map((_, i) => i + 1));
    } finally {
      await database.query('DELETE FROM hazard_case WHERE community = $1', [bulk]);
    }
  });

  /** Beijing wall-clock time of an instant, YYYY-MM-DD HH:mm, worked out here for the test. */
  const beijing = (iso: string) =>
    new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

  it('exports the office’s 台账 as CSV by default: its headers and order, Chinese values, Beijing times', async () => {
    const items = await ledgerOf({ community });
    const response = await download('csv', { community }, 'default');
    expect(response.headers['content-disposition']).toMatch(
      // 隐患台账-YYYY-MM-DD.csv, percent-encoded for the header
      /filename\*=UTF-8''%E9%9A%90%E6%82%A3%E5%8F%B0%E8%B4%A6-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const records = csvRecords(response.body as Buffer);
    expect(Object.keys(records[0])).toEqual([...OFFICE_HEADER]);
    expect(records.map((r) => r.隐患编号)).toEqual(items.map((i) => i.caseNumber));
    records.forEach((record, i) => {
      expect(record).toEqual({
        序号: String(i + 1),
        隐患编号: items[i].caseNumber,
        发现日期: beijing(String(items[i].discoveredAt)),
        '所属村（社区）': '太白社区',
        网格: '开元路网格',
        '场所/单位名称': '3号楼',
        地址: items[i].address,
        隐患类别: '电动车辆',
        隐患类型: '在楼梯间违规停放电动车',
        隐患描述: '楼梯间停放电动自行车',
        隐患等级: items[i].severity === 'major' ? '重大隐患' : '一般隐患',
        责任单位: '绿叶物业服务有限公司, "Green Leaf"',
        联系人及电话: '刘洋 023-5800-1234',
        责任科室: '规环办',
        整改期限: '',
        整改状态: '待下达通知',
        复查日期: '',
        销号日期: '',
        是否逾期: '否',
      });
    });
  });

  it('exports the office’s 台账 as XLSX: title, export time and filters, frozen header, A4 landscape', async () => {
    // A closed case, written into the read model as its workflow leaves one: deadline,
    // re-inspection and closure at known instants, to see each in Beijing time.
    const closed = `归档社区 export ${Date.now()}`;
    const database = stack.api.get(DataSource);
    const snapshot = {
      state: {
        discovery: {
          location: { community: closed, building: '农贸市场', address: '开元路20号' },
          description: '疏散通道堆放货物',
          responsibleParty: { name: '开元农贸市场', contactPerson: '陈刚', phone: '13800138000' },
        },
        reinspections: [
          { at: '2026-11-05T02:00:00.000Z', passed: false },
          { at: '2026-11-07T06:30:00.000Z', passed: true },
        ],
      },
    };
    await database.query(
      `INSERT INTO hazard_case (case_number, revision, status, category, hazard_type, severity,
              department, community, address, responsible_party, policy_version, discovered_at,
              deadline_at, closed_at, overdue, snapshot)
       VALUES ('TB-1902-000001', 9, 'closed', 'crowded_place', 'crowded_place.evacuation_route_blocked',
               'major', 'planning_environment', $1, '开元路20号', '开元农贸市场', '2024.1',
               '2026-11-01T01:30:00Z', '2026-11-08T15:59:59.999Z', '2026-11-08T02:00:00Z', false, $2)`,
      [closed, JSON.stringify(snapshot)],
    );
    try {
      const csv = csvRecords(
        (await download('csv', { community: closed }, 'office')).body as Buffer,
      );
      expect(csv).toEqual([
        expect.objectContaining({
          发现日期: '2026-11-01 09:30',
          '所属村（社区）': closed, // not in the organisation: shown as it is stored
          '场所/单位名称': '农贸市场',
          隐患类别: '人员密集场所',
          隐患描述: '疏散通道堆放货物',
          隐患等级: '重大隐患',
          联系人及电话: '陈刚 13800138000',
          整改期限: '2026-11-08 23:59',
          整改状态: '已销号',
          复查日期: '2026-11-07 14:30',
          销号日期: '2026-11-08 10:00',
        }),
      ]);
      const response = await download('xlsx', { community: closed, severity: 'major' }, 'default');
      const { sheet, header, records } = await xlsxRecords(response.body as Buffer, 3);
      expect(sheet.getCell('A1').value).toBe('重庆市万州区太白街道消防安全隐患台账');
      expect(sheet.getCell('A2').value).toMatch(
        new RegExp(
          `^导出时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（北京时间）\u3000筛选条件：隐患等级：重大隐患；所属村（社区）：${closed}$`,
        ),
      );
      expect(header).toEqual([...OFFICE_HEADER]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
      const widths = sheet.columns.map((column) => column.width ?? 0);
      expect(widths).toHaveLength(OFFICE_HEADER.length);
      expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(220);
      // The header repeats on every printed page (the workbook's Print_Titles, as exceljs reads it).
      expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
      const [record] = records;
      // Date cells hold Beijing wall-clock time (a cell has no time zone) and show the date.
      expect(record.发现日期).toEqual(new Date('2026-11-01T09:30:00.000Z'));
      expect(record.复查日期).toEqual(new Date('2026-11-07T14:30:00.000Z'));
      expect(record.销号日期).toEqual(new Date('2026-11-08T10:00:00.000Z'));
      expect(sheet.getCell('C4').numFmt).toBe('yyyy-mm-dd');
      expect(record).toMatchObject({
        序号: 1,
        隐患编号: 'TB-1902-000001',
        整改状态: '已销号',
        是否逾期: '否',
      });
    } finally {
      await database.query(`DELETE FROM hazard_case WHERE case_number = 'TB-1902-000001'`);
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
    const office = csvRecords((await download('csv', none, 'default')).body as Buffer);
    expect(office).toEqual([]);
    const officeXlsx = await xlsxRecords(
      (await download('xlsx', none, 'office')).body as Buffer,
      3,
    );
    expect(officeXlsx.header).toEqual([...OFFICE_HEADER]);
    expect(officeXlsx.records).toEqual([]);
    await http().get('/cases/export.csv').query({ format: 'english' }).set(officer).expect(400);
  });
});
