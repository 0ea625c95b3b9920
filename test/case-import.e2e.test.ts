// End to end through HTTP against the real stack: POST /cases/import queues a background job
// that opens one case workflow per good row, on the Temporal dev server and the embedded
// PostgreSQL; the job is polled until it finishes. Nothing is mocked.
import { Workbook } from 'exceljs';
import { OrganisationRepository } from '@firecase/persistence';
import { highRiseRow, IMPORT_HEADER, importFile } from './fixtures/hazard-import-file';
import { gbkCsv, OFFICE_HEADER, officeRow, officeXlsx } from './fixtures/office-ledger-file';
import { importAndWait, startImport, untilFinished } from './support/import-jobs';
import { useRealStack } from './support/real-stack';
import { actorOf, signedInUser } from './support/signed-in-user';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of the API, matched below
type CaseStateBody = Record<string, any>;

describe('case import (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true });
  const officer = signedInUser(stack, { role: 'officer', displayName: '王芳' });
  const neighbour = signedInUser(stack, { role: 'officer', displayName: '李娜' });
  const http = stack.http;
  const run = Date.now();
  /** A community of the organisation, with its grids, made for this run. */
  const community = {
    code: `taibai-${run}`,
    name: `太白社区${run}`,
    grids: [{ code: 'G-03', name: '开元路网格' }],
  };

  beforeAll(async () => {
    await stack.api.get(OrganisationRepository).addCommunity(community);
  });

  // The case's state as GET /cases/:caseNumber answers it; its shape is what the test checks.
  const caseOf = async (caseNumber: string): Promise<CaseStateBody> =>
    (await http().get(`/cases/${caseNumber}`).set(officer).expect(200)).body.state as CaseStateBody;

  it('imports a GBK CSV with the office’s Chinese headers, naming bad rows by line and column as the file did', async () => {
    const file = gbkCsv(
      [
        // line 2
        officeRow(community.name, { 网格: '开元路网格', 发现日期: '2023年12月1日' }),
        // line 3: not a category, and a community the organisation does not have
        officeRow('不存在社区', { 隐患类别: '火山', 地址: '万州区太白路130号' }),
        // line 4: a major hazard, dated as Excel writes a date, the category's code
        officeRow(community.code, {
          地址: '万州区太白路132号',
          隐患类别: 'high_rise',
          隐患类型: '防盗网未开逃生窗',
          隐患等级: '重大隐患',
          发现日期: '2023/12/2 14:30',
          联系人及电话: '13800138000',
        }),
        // line 5: no description, a grid of another community
        officeRow(community.name, { 隐患描述: '', 网格: 'G-99', 地址: '万州区太白路134号' }),
      ],
      [...OFFICE_HEADER, '备注'],
    );
    const job = await importAndWait(http, officer, file, '隐患台账.csv');
    expect(job).toMatchObject({
      status: 'completed',
      format: 'csv',
      encoding: 'gb18030',
      fileName: '隐患台账.csv',
      totalRows: 4,
      processedRows: 4,
      counts: { imported: 2, alreadyImported: 0, rejected: 2, pending: 0 },
      unknownColumns: ['备注'],
      error: null,
    });
    expect(job.columns.find((c) => c.column === '整改状态')).toEqual({
      column: '整改状态',
      field: null,
      use: 'ignored',
    });
    const report = job.report!;
    expect(report.imported.map((r) => r.line)).toEqual([2, 4]);
    expect(report.rejected).toEqual([
      {
        line: 3,
        problems: [
          {
            field: 'community',
            column: '所属村（社区）',
            problems: ['所属村（社区）：「不存在社区」不在组织机构的村（社区）中'],
          },
          {
            field: 'category',
            column: '隐患类别',
            problems: [
              expect.stringMatching(/^隐患类别：「火山」不是隐患类别，可选：高层、多层建筑/),
            ],
          },
        ],
      },
      {
        line: 5,
        problems: [
          {
            field: 'grid',
            column: '网格',
            problems: [`网格：「G-99」不是${community.name}的网格`],
          },
          { field: 'description', column: '隐患描述', problems: ['隐患描述不能为空'] },
        ],
      },
    ]);
    const first = await caseOf(report.imported[0].caseNumber);
    expect(first).toMatchObject({
      status: 'awaiting_notice',
      registeredBy: actorOf(officer),
      discovery: {
        location: {
          community: community.code,
          grid: 'G-03',
          building: '3号楼',
          address: '万州区太白路128号',
        },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        severity: 'general',
        department: 'planning_environment',
        responsibleParty: {
          name: '绿叶物业服务有限公司',
          contactPerson: '刘洋',
          phone: '13800138000',
        },
        discoveredAt: '2023-12-01T00:00:00+08:00',
      },
    });
    const major = await caseOf(report.imported[1].caseNumber);
    expect(major.discovery).toMatchObject({
      category: 'high_rise',
      hazardType: 'high_rise.anti_theft_grille_without_escape_opening',
      severity: 'major',
      discoveredAt: '2023-12-02T14:30:00+08:00',
      responsibleParty: { name: '绿叶物业服务有限公司', phone: '13800138000' },
    });

    // The same file again opens nothing: every good row finds its case.
    const again = await importAndWait(http, officer, file, '隐患台账.csv');
    expect(again.report!.imported).toEqual([]);
    expect(again.report!.alreadyImported).toEqual(report.imported);
    expect(again.report!.rejected).toEqual(report.rejected);
  });

  it('imports an XLSX with a title row, Chinese headers in another order, Excel dates and serials', async () => {
    const header = [
      '地址',
      '所属村（社区）',
      '隐患类型',
      '隐患类别',
      '隐患描述',
      '隐患等级',
      '责任单位',
      '责任科室',
      '发现日期',
      '联系人',
      '联系电话',
    ];
    const rows = [
      officeRow(community.name, {
        地址: '万州区太白路140号',
        // 10:00 on the wall clock, as a date cell holds it
        发现日期: new Date(Date.UTC(2023, 11, 3, 10, 0)),
        联系人: '孙浩',
        联系电话: 13900139000,
      }),
      officeRow(community.name, { 地址: '万州区太白路142号', 发现日期: 45264.5, 隐患等级: '重大' }),
      officeRow(community.name, {
        地址: '万州区太白路144号',
        发现日期: '2023-12-05',
        责任科室: '应急办',
      }),
    ];
    const file = await officeXlsx(rows, header);
    const job = await importAndWait(http, officer, file, '排查台账.xlsx');
    expect(job).toMatchObject({
      status: 'completed',
      format: 'xlsx',
      encoding: null,
      totalRows: 3,
    });
    const report = job.report!;
    // The title takes row 1, a blank row 2, the header row 3: data starts on row 4.
    expect(report.imported.map((r) => r.line)).toEqual([4, 5]);
    expect(report.rejected).toEqual([
      {
        line: 6,
        problems: [
          {
            field: 'department',
            column: '责任科室',
            problems: ['责任科室：只能登记本科室（规环办）的隐患'],
          },
        ],
      },
    ]);
    const [dated, serial] = await Promise.all(report.imported.map((r) => caseOf(r.caseNumber)));
    expect(dated.discovery).toMatchObject({
      discoveredAt: '2023-12-03T10:00:00+08:00',
      responsibleParty: { contactPerson: '孙浩', phone: '13900139000' },
    });
    expect(serial.discovery).toMatchObject({
      discoveredAt: '2023-12-04T12:00:00+08:00',
      severity: 'major',
    });
    const again = await importAndWait(http, officer, file, '排查台账.xlsx');
    expect(again.counts).toEqual({ imported: 0, alreadyImported: 2, rejected: 1, pending: 0 });
  });

  it('still takes the codes format, opening a row repeated in the file once, for its first line', async () => {
    const row = highRiseRow(community.code, { address: '万州区太白路96号', grid: 'G-03' });
    const job = await importAndWait(http, officer, importFile([row, row]));
    expect(job.encoding).toBe('utf-8');
    expect(job.report!.imported).toEqual([{ line: 2, caseNumber: expect.any(String) }]);
    expect(job.report!.alreadyImported).toEqual([
      { line: 3, caseNumber: job.report!.imported[0].caseNumber },
    ]);
    const state = await caseOf(job.report!.imported[0].caseNumber);
    expect(state.discovery.location.coordinates).toEqual({ latitude: 30.81, longitude: 108.41 });
    expect(state.discovery.discoveredAt).toBe('2026-11-20T09:30:00+08:00');
  });

  it('fills the template the API hands out and imports it back', async () => {
    const response = await http()
      .get('/cases/import/template.xlsx')
      .set(officer)
      .responseType('blob')
      .expect(200);
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer);
    const sheet = workbook.getWorksheet('隐患登记')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
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
      '单位负责人',
      '责任科室',
      '纬度',
      '经度',
    ]);
    // Drop-down lists (data validation) from the catalogue and the organisation.
    const validations = (
      sheet as unknown as {
        dataValidations: { model: Record<string, { type: string; formulae: string[] }> };
      }
    ).dataValidations.model;
    const listOf = (cell: string) => validations[cell];
    expect(listOf('B2')).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^'选项'!\$F\$2:\$F\$\d+$/)],
    });
    expect(listOf('F5000')).toMatchObject({ type: 'list', formulae: ["'选项'!$A$2:$A$8"] });
    expect(listOf('G2').formulae[0]).toMatch(/OFFSET\('选项'!\$B\$1,MATCH\(\$F2,/);
    expect(listOf('I2')).toMatchObject({ formulae: ["'选项'!$D$2:$D$3"] });
    expect(listOf('M2')).toMatchObject({ formulae: ["'选项'!$E$2:$E$7"] });
    const options = workbook.getWorksheet('选项')!;
    expect(options.state).toBe('hidden');
    const column = (letter: string) =>
      (options.getColumn(letter).values as unknown[]).slice(2).filter(Boolean);
    expect(column('A')).toContain('电动车辆');
    expect(column('B')).toContain('在楼梯间违规停放电动车');
    expect(column('D')).toEqual(['一般隐患', '重大隐患']);
    expect(column('E')).toEqual([
      '规环办',
      '应急办',
      '经发办',
      '社事办',
      '文化服务中心',
      '综合执法大队',
    ]);
    expect(column('F')).toContain(community.name);

    sheet.getRow(2).values = [
      new Date(Date.UTC(2023, 11, 6, 9, 0)),
      community.name,
      '开元路网格',
      '5号楼',
      '万州区太白路150号',
      '电动车辆',
      '在楼梯间违规停放电动车',
      '楼道内停放电动自行车3辆',
      '一般隐患',
      '绿叶物业服务有限公司',
      '刘洋 13800138000',
      '孙浩',
      '规环办',
    ];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const job = await importAndWait(http, officer, filled, '隐患登记导入模板.xlsx');
    expect(job.counts).toEqual({ imported: 1, alreadyImported: 0, rejected: 0, pending: 0 });
    const state = await caseOf(job.report!.imported[0].caseNumber);
    expect(state.discovery).toMatchObject({
      discoveredAt: '2023-12-06T09:00:00+08:00',
      location: { grid: 'G-03', building: '5号楼' },
      responsibleParty: { head: '孙浩', contactPerson: '刘洋' },
    });
  });

  it('shows a job only to whoever started it', async () => {
    const job = await startImport(
      http,
      officer,
      importFile([highRiseRow(community.code, { address: '万州区太白路160号', grid: '' })]),
    );
    await untilFinished(http, officer, job.id);
    const list = (await http().get('/cases/import/jobs').set(officer).expect(200)).body as {
      id: string;
      report?: unknown;
    }[];
    expect(list[0].id).toBe(job.id);
    expect(list[0]).not.toHaveProperty('report');
    await http().get(`/cases/import/jobs/${job.id}`).set(neighbour).expect(404);
    await http()
      .get('/cases/import/jobs/00000000-0000-4000-8000-000000000000')
      .set(officer)
      .expect(404);
    await http().get('/cases/import/jobs/not-a-uuid').set(officer).expect(400);
  });

  it('answers 400 in Chinese for a file it cannot use: missing columns, no header, no data, no file', async () => {
    const header = IMPORT_HEADER.filter((c) => c !== 'address' && c !== 'discoveredAt');
    const missing = await http()
      .post('/cases/import')
      .set(officer)
      .attach('file', importFile([highRiseRow(community.code)], header), 'x.csv')
      .expect(400);
    expect(missing.body.message).toMatch(/^缺少必填的列：发现日期、地址。/);
    const unclosed = Buffer.from(`${IMPORT_HEADER.join(',')}\n"Taibai,G-01\n`, 'utf8');
    const invalid = await http()
      .post('/cases/import')
      .set(officer)
      .attach('file', unclosed, 'x.csv')
      .expect(400);
    expect(invalid.body.message).toMatch(/^不是有效的 CSV 文件/);
    const headerOnly = await http()
      .post('/cases/import')
      .set(officer)
      .attach('file', gbkCsv([]), 'x.csv')
      .expect(400);
    expect(headerOnly.body.message).toBe('文件中表头以下没有数据行');
    const none = await http().post('/cases/import').set(officer).field('note', 'x').expect(400);
    expect(none.body.message).toMatch(/"file"/);
  });

  it('answers 413 for a file over 5 MiB', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    await http().post('/cases/import').set(officer).attach('file', big, 'big.csv').expect(413);
  });
});
