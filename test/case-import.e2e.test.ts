// End to end through HTTP against the real stack: POST /cases/import opens one case workflow per
// good row of a CSV file, on the Temporal dev server and the embedded PostgreSQL. Nothing is mocked.
import { highRiseRow, IMPORT_HEADER, importFile } from './fixtures/hazard-import-file';
import { useRealStack } from './support/real-stack';
import { actorOf, signedInUser } from './support/signed-in-user';

interface ImportReport {
  imported: { line: number; caseNumber: string }[];
  alreadyImported: { line: number; caseNumber: string }[];
  rejected: { line: number; problems: { field: string; problems: string[] }[] }[];
}

describe('case import (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true });
  const officer = signedInUser(stack, { role: 'officer', displayName: '王芳' });
  const http = stack.http;
  const upload = (file: Buffer, name = 'hazards.csv') =>
    http().post('/cases/import').set(officer).attach('file', file, name);

  it('opens the good rows, reports the bad ones by line, and opens nothing twice on re-import', async () => {
    const community = `太白社区 import ${Date.now()}`;
    const file = importFile([
      // line 2
      highRiseRow(community, { description: 'Stairwell blocked, "urgent": 楼梯间堆放杂物' }),
      // line 3: not a category of the catalogue
      highRiseRow(community, { category: 'volcano', address: '万州区太白路90号' }),
      // lines 4–5: a description on two lines, as Excel writes a cell with Alt+Enter
      highRiseRow(community, {
        address: '万州区太白路92号',
        description: '防盗窗未留逃生口\n三楼至六楼',
        severity: 'major',
        latitude: '',
        longitude: '',
      }),
      // line 6: no address
      highRiseRow(community, { address: '  ', building: '6号楼' }),
      // line 7
      highRiseRow(community, {
        address: '万州区太白路94号',
        hazardType: 'high_rise.electrical_hazard',
        description: '电缆井内私拉乱接电线',
      }),
    ]);

    const first = await upload(file).expect(200);
    const report = first.body as ImportReport;
    expect(report.imported.map((row) => row.line)).toEqual([2, 4, 7]);
    expect(report.alreadyImported).toEqual([]);
    expect(report.rejected.map((row) => row.line)).toEqual([3, 6]);
    const [volcano, noAddress] = report.rejected;
    expect(volcano.problems.map((p) => p.field)).toContain('category');
    expect(noAddress.problems).toEqual([
      { field: 'address', problems: expect.arrayContaining(['address should not be empty']) },
    ]);
    const numbers = report.imported.map((row) => row.caseNumber);
    expect(new Set(numbers).size).toBe(3);

    const opened = await http().get(`/cases/${numbers[1]}`).set(officer).expect(200);
    expect(opened.body.state).toMatchObject({
      status: 'awaiting_notice',
      registeredBy: actorOf(officer),
      discovery: {
        location: { community, building: '2号楼', address: '万州区太白路92号' },
        description: '防盗窗未留逃生口\n三楼至六楼',
        severity: 'major',
        responsibleParty: { name: '万州区绿叶物业服务有限公司', contactPerson: '刘洋' },
      },
    });
    expect(opened.body.state.discovery.location).not.toHaveProperty('coordinates');
    const withCoordinates = await http().get(`/cases/${numbers[0]}`).set(officer).expect(200);
    expect(withCoordinates.body.state.discovery.location.coordinates).toEqual({
      latitude: 30.81,
      longitude: 108.41,
    });

    const again = (await upload(file).expect(200)).body as ImportReport;
    expect(again.imported).toEqual([]);
    expect(again.alreadyImported).toEqual(report.imported);
    expect(again.rejected).toEqual(report.rejected);
  });

  it('opens a row repeated in the file once, for its first line', async () => {
    const row = highRiseRow(`Repeated ${Date.now()}`, { address: '万州区太白路96号' });
    const report = (await upload(importFile([row, row])).expect(200)).body as ImportReport;
    expect(report.imported).toEqual([{ line: 2, caseNumber: expect.any(String) }]);
    expect(report.alreadyImported).toEqual([
      { line: 3, caseNumber: report.imported[0].caseNumber },
    ]);
    expect(report.rejected).toEqual([]);
  });

  it('answers 400 naming the missing columns', async () => {
    const header = IMPORT_HEADER.filter((c) => c !== 'address' && c !== 'discoveredAt');
    const file = importFile([highRiseRow(`Missing ${Date.now()}`)], header);
    const response = await upload(file).expect(400);
    expect(response.body.message).toMatch(/missing columns: address, discoveredAt/);
  });

  it('answers 400 for a file that is not UTF-8 CSV, or no file at all', async () => {
    const unclosed = Buffer.from(`${IMPORT_HEADER.join(',')}\n"Taibai,G-01\n`, 'utf8');
    expect((await upload(unclosed).expect(400)).body.message).toMatch(/not valid CSV/);
    // 太白 in GBK, as Excel's plain "CSV" saves it on Chinese Windows.
    const gbk = Buffer.concat([
      Buffer.from(`${IMPORT_HEADER.join(',')}\n`),
      Buffer.from([0xcc, 0xab, 0xb0, 0xd7]),
    ]);
    expect((await upload(gbk).expect(400)).body.message).toMatch(/not UTF-8/);
    const none = await http().post('/cases/import').set(officer).field('note', 'x').expect(400);
    expect(none.body.message).toMatch(/"file"/);
  });

  it("rejects the rows of another department than the importer's, opening the rest", async () => {
    const community = `太白社区 scope ${Date.now()}`;
    const file = importFile([
      highRiseRow(community, { address: '万州区太白路120号' }),
      highRiseRow(community, { address: '万州区太白路122号', department: 'emergency' }),
    ]);
    const report = (await upload(file).expect(200)).body as {
      imported: { line: number }[];
      rejected: unknown[];
    };
    expect(report.imported.map((row) => row.line)).toEqual([2]);
    expect(report.rejected).toEqual([
      {
        line: 3,
        problems: [{ field: 'row', problems: [expect.stringMatching(/own department/)] }],
      },
    ]);
  });

  it('answers 413 for a file over 2 MiB', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, 'a');
    await upload(big).expect(413);
  });
});
