// The statistics API against the ledger on the real stack: for the same caller and the same
// filters, every count, the rectification rate and the three colours (三色, by the domain's
// threeColourOf applied to the ledger's own rows) agree with what GET /cases lists. Both paths
// of the statistics are compared: the tallies (filters they have columns for) and hazard_case
// itself (grid, text and due-date filters). The cases are read-model rows of the test's own
// community and of a department no notification suite works in, plus cases opened through the API.
import { randomUUID } from 'node:crypto';
import { chinaDateOf, threeColourOf, type ThreeColour } from '@firecase/domain';
import { CampaignRepository, type LedgerRow } from '@firecase/persistence';
import { demoCampaignDefinition } from '@firecase/api';
import { eventually } from './support/eventually';
import { readModelRows } from './support/read-model-rows';
import { useRealStack } from './support/real-stack';
import { type BearerHeaders, signedInUser } from './support/signed-in-user';

const COMMUNITY = `Statistics Community ${randomUUID().slice(0, 6)}`;
const ELSEWHERE = `Elsewhere Community ${randomUUID().slice(0, 6)}`;
const CAMPAIGN = `stats-${randomUUID().slice(0, 8)}`;
const DAY = 86_400_000;

interface Summary {
  asOf: string;
  total: number;
  byStatus: { key: string; count: number }[];
  byCategory: { key: string; count: number }[];
  byHazardType: { key: string; count: number }[];
  bySeverity: { key: string; count: number }[];
  byCommunity: { key: string; count: number }[];
  byGrid: { community: string; key: string; count: number }[];
  byDepartment: { key: string; count: number }[];
  byMonth: { key: string; label: string; count: number }[];
  rectification: { found: number; rectified: number; rate: number | null };
  threeColour: { overdue: number; dueSoon: number; onTime: number; dueSoonBefore: string };
}

/** Not a notification suite's department: those suites count their department's people. */
const DEPARTMENT = 'enforcement';

describe('statistics (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true });
  const officer = signedInUser(stack, {
    role: 'officer',
    department: DEPARTMENT,
    communities: [COMMUNITY],
  });
  const supervisor = signedInUser(stack, { role: 'supervisor', department: DEPARTMENT });
  const auditor = signedInUser(stack, { role: 'auditor' });
  const administrator = signedInUser(stack, { role: 'administrator' });
  const http = stack.http;

  // Inside, so that its afterAll removes the rows before the stack's closes the connection.
  describe('on cases of its own', () => {
    const rows = readModelRows(() => stack.database, DEPARTMENT);
    const now = Date.now();
    const ago = (days: number) => new Date(now - days * DAY).toISOString();
    const ahead = (days: number) => new Date(now + days * DAY).toISOString();

    beforeAll(async () => {
      const seed = demoCampaignDefinition();
      const period = (code: string, name: string, from: number, to: number) => ({
        ...seed.keyPeriods[0],
        code,
        name,
        startsAt: ago(from),
        endsAt: ago(to),
      });
      await new CampaignRepository(stack.database, undefined as never).define({
        ...seed,
        code: CAMPAIGN,
        startsAt: ago(60),
        endsAt: ahead(60),
        keyPeriods: [
          period('recent', '近期重点时段', 16, 9),
          period('current', '当前重点时段', 9, -5),
        ],
      });
      const mine = { community: COMMUNITY };
      for (const row of [
        { ...mine, status: 'closed', discoveredAt: ago(40), closedAt: ago(30), grid: 'G-01' },
        { ...mine, status: 'closed', discoveredAt: ago(35), closedAt: ago(33), severity: 'major' },
        { ...mine, status: 'voided', discoveredAt: ago(20), closedAt: ago(20) },
        { ...mine, status: 'rectified', discoveredAt: ago(15), grid: 'G-02', campaignId: CAMPAIGN },
        {
          ...mine,
          status: 'rectifying',
          discoveredAt: ago(14),
          overdue: true,
          deadlineAt: ago(2),
          nextDueAt: ago(1),
          campaignId: CAMPAIGN,
        },
        {
          ...mine,
          status: 'rectifying',
          discoveredAt: ago(10),
          deadlineAt: ahead(2),
          nextDueAt: ahead(2), // 临期
          category: 'electric_bike',
          hazardType: 'electric_bike.parked_in_stairwell',
          address: '开元路12号',
          campaignId: CAMPAIGN,
        },
        {
          ...mine,
          status: 'awaiting_service',
          discoveredAt: ago(5),
          nextDueAt: ahead(10),
          grid: null,
        },
        { ...mine, status: 'awaiting_reinspection', discoveredAt: ago(3), nextDueAt: ago(0.5) }, // 临期: past
        // Another department's case in the officer's community: the officer sees it, the supervisor not.
        {
          ...mine,
          status: 'rectifying',
          discoveredAt: ago(8),
          department: 'emergency',
          nextDueAt: ahead(20),
        },
        // The officer's department elsewhere: both see it.
        { community: ELSEWHERE, status: 'awaiting_notice', discoveredAt: ago(1) },
        // Neither the officer's department nor community: only the auditor.
        {
          community: ELSEWHERE,
          status: 'rectifying',
          department: 'emergency',
          discoveredAt: ago(2),
          overdue: true,
        },
      ]) {
        await rows.insert(row);
      }
      // And cases opened the ordinary way, projected by their workflows.
      for (const category of ['high_rise', 'weak_area']) {
        const hazardType =
          category === 'high_rise' ? 'high_rise.combustible_canopy' : 'weak_area.bad_layout';
        await http()
          .post('/cases')
          .set(officer)
          .send({
            location: { community: COMMUNITY, grid: 'G-03', address: '太白路9号' },
            category,
            hazardType,
            description: '测试隐患',
            severity: 'general',
            responsibleParty: { name: '测试单位' },
            department: DEPARTMENT,
            discoveredAt: new Date().toISOString(),
            // Named: other suites' campaigns on the shared stack cover today too, and the one
            // that started last would claim the case (campaigns.e2e tests that rule).
            campaignId: CAMPAIGN,
          })
          .expect(201);
      }
      await eventually(
        async () =>
          (await ledger(officer, { community: COMMUNITY, status: 'awaiting_notice' })).length,
        (n) => n === 2,
        'the opened cases to reach the read model',
      );
    });

    afterAll(() => rows.removeAll());

    const filterSets: Record<string, string>[] = [
      {},
      { community: COMMUNITY },
      { status: 'rectifying' },
      { category: 'high_rise', severity: 'general' },
      { overdue: 'true' },
      { department: DEPARTMENT, overdue: 'false' },
      // Answered from hazard_case's rows rather than the tallies:
      { grid: 'G-01' },
      { q: '开元路' },
      { dueBefore: ahead(5) },
      { community: COMMUNITY, dueAfter: ago(1) },
    ];

    it.each(filterSets.map((f) => [JSON.stringify(f), f]))(
      'agrees with the ledger for the officer, the supervisor and the auditor: %s',
      async (_name, filter) => {
        for (const user of [officer, supervisor, auditor]) {
          const scoped = user === auditor ? { community: COMMUNITY, ...filter } : filter;
          const listed = await ledger(user, scoped);
          const summary = await statistics(user, scoped);
          expect(summary.total).toBe(listed.length);
          expect(counted(summary.byStatus)).toEqual(tally(listed, (r) => r.status));
          expect(counted(summary.byCategory)).toEqual(tally(listed, (r) => r.category));
          expect(counted(summary.byHazardType)).toEqual(tally(listed, (r) => r.hazardType));
          expect(counted(summary.bySeverity)).toEqual(tally(listed, (r) => r.severity));
          expect(counted(summary.byDepartment)).toEqual(tally(listed, (r) => r.department));
          expect(counted(summary.byCommunity)).toEqual(tally(listed, (r) => r.community));
          expect(
            Object.fromEntries(summary.byGrid.map((g) => [`${g.community}/${g.key}`, g.count])),
          ).toEqual(tally(listed, (r) => `${r.community}/${r.grid ?? ''}`));
          expect(counted(summary.byMonth)).toEqual(
            tally(listed, (r) => chinaDateOf(r.discoveredAt).slice(0, 7)),
          );
          const found = listed.filter((r) => r.status !== 'voided').length;
          const rectified = listed.filter((r) => ['rectified', 'closed'].includes(r.status)).length;
          expect(summary.rectification).toEqual({
            found,
            rectified,
            rate: found === 0 ? null : rectified / found,
          });
          const colours = tally(listed, (r) => threeColourOf(r, summary.asOf) ?? 'none') as Partial<
            Record<ThreeColour | 'none', number>
          >;
          expect(summary.threeColour).toMatchObject({
            overdue: colours.overdue ?? 0,
            dueSoon: colours.due_soon ?? 0,
            onTime: colours.on_time ?? 0,
          });
        }
      },
    );

    it('counts what its scope reaches: the officer more than the supervisor', async () => {
      const officers = await statistics(officer, {});
      const supervisors = await statistics(supervisor, {});
      expect(officers.total - supervisors.total).toBe(1); // the emergency case in the community
      expect(counted(officers.byCommunity)[ELSEWHERE]).toBe(1);
      await http().get('/statistics').set(administrator).expect(403);
      const bad = await http().get('/statistics?status=lost').set(auditor).expect(400);
      expect(bad.body.fields[0].field).toBe('status');
    });

    it('keeps the tallies exact as cases change and go, and counts a campaign’s cases', async () => {
      const [first] = rows.numbers;
      await stack.database.query(
        `UPDATE hazard_case SET status = 'rectifying', overdue = true, revision = revision + 1
          WHERE case_number = $1`,
        [first],
      );
      await stack.database.query(`DELETE FROM hazard_case WHERE case_number = $1`, [
        rows.numbers[2],
      ]);
      const listed = await ledger(auditor, { community: COMMUNITY });
      const summary = await statistics(auditor, { community: COMMUNITY });
      expect(summary.total).toBe(listed.length);
      expect(counted(summary.byStatus)).toEqual(tally(listed, (r) => r.status));
      expect(summary.threeColour.overdue).toBe(listed.filter((r) => r.overdue).length);

      // Three rows recorded it, and the two cases opened through the API named it.
      const campaign = await statistics(auditor, { campaign: CAMPAIGN });
      expect(campaign.total).toBe(5);
      expect(counted(campaign.byStatus)).toEqual({
        rectified: 1,
        rectifying: 2,
        awaiting_notice: 2,
      });
      const perPeriod = await http()
        .get(`/statistics/campaigns/${CAMPAIGN}`)
        .set(auditor)
        .expect(200);
      expect(perPeriod.body.totals.total).toBe(5);
      expect(perPeriod.body.keyPeriods).toEqual([
        expect.objectContaining({ code: 'recent', found: 3, rectified: 1, overdue: 1 }),
        expect.objectContaining({ code: 'current', found: 2, rectified: 0, overdue: 0 }),
      ]);
    });
  });

  /** Every row GET /cases lists for the user and filters, page after page. */
  async function ledger(user: BearerHeaders, filter: Record<string, string>): Promise<LedgerRow[]> {
    const rows: LedgerRow[] = [];
    let cursor: string | undefined;
    do {
      const response = await http()
        .get('/cases')
        .query({ ...filter, limit: 200, ...(cursor ? { cursor } : {}) })
        .set(user)
        .expect(200);
      const page = response.body as { items: LedgerRow[]; nextCursor?: string };
      rows.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return rows;
  }

  async function statistics(user: BearerHeaders, filter: Record<string, string>): Promise<Summary> {
    return (await http().get('/statistics').query(filter).set(user).expect(200)).body as Summary;
  }
});

function counted(entries: { key: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(entries.map((e) => [e.key, e.count]));
}

function tally<T>(rows: readonly T[], key: (row: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}
