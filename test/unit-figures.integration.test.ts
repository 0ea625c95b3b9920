// The 督导考核 figures (UnitFiguresRepository) against the real PostgreSQL: read-model rows of a
// community of the test's own, in two overlapping campaigns, written as the case projection
// would write them (the snapshot carries discovery.campaignId, which a trigger copies into
// hazard_case.campaign_id), and removed afterwards. Its campaigns run in 1923–24, a period no
// other test's cases fall in: a campaign claims every unassigned case of its period, office-wide.
import { randomUUID } from 'node:crypto';
import { DEFAULT_CAMPAIGN_POLICY } from '@firecase/domain';
import {
  AuditKeyring,
  AuditTrailRepository,
  CampaignRepository,
  UnitFiguresRepository,
} from '@firecase/persistence';
import { useRealStack } from './support/real-stack';
import { stackConfig } from './support/stack';

const COMMUNITY = `Figures Community ${randomUUID().slice(0, 6)}`;
const WINTER = `winter-${randomUUID().slice(0, 6)}`;
const SPRING = `spring-${randomUUID().slice(0, 6)}`;
const AS_OF = '1924-03-20T04:00:00.000Z'; // 12:00 Beijing
const day = (date: string) => new Date(`${date}T10:00:00+08:00`).toISOString();

interface Row {
  status: string;
  discovered: string;
  campaignId?: string;
  overdue?: boolean;
  deadline?: string;
  closed?: string;
  level?: number;
}

describe(UnitFiguresRepository.name, () => {
  const stack = useRealStack({ database: true });
  // Inside, so that its afterAll removes the rows before the stack's closes the connection.
  describe('on rows of its own', () => {
    let seq = 0;
    const numbers: string[] = [];

    async function insertCampaign(code: string, start: string, end: string) {
      await stack.database.query(
        `INSERT INTO campaign (code, revision, name, status, starts_at, ends_at, policy_version, definition, defined_at)
       VALUES ($1, 1, $1, 'running', $2, $3, 'v', $4, now())`,
        [code, start, end, JSON.stringify({ policy: DEFAULT_CAMPAIGN_POLICY })],
      );
    }

    async function insertCase(row: Row) {
      seq += 1;
      const caseNumber = `TB-1999-${String(Math.floor(Math.random() * 900000) + 100000 + seq).slice(-6)}`;
      numbers.push(caseNumber);
      const snapshot = {
        state: { discovery: row.campaignId ? { campaignId: row.campaignId } : {} },
      };
      await stack.database.query(
        `INSERT INTO hazard_case (case_number, revision, status, category, hazard_type, severity,
         department, community, grid, address, responsible_party, policy_version, discovered_at,
         deadline_at, next_due_at, next_due_kind, escalation_level, overdue, closed_at, snapshot)
       VALUES ($1, 1, $2, 'high_rise', 'high_rise.fire_passage_occupied', 'general',
         'cultural_service', $3, 'G-01', '测试路1号', '测试单位', 'v', $4, $5, NULL, NULL, $6, $7, $8, $9)`,
        [
          caseNumber,
          row.status,
          COMMUNITY,
          row.discovered,
          row.deadline ?? null,
          row.level ?? 0,
          row.overdue ?? false,
          row.closed ?? null,
          JSON.stringify(snapshot),
        ],
      );
    }

    beforeAll(async () => {
      await stack.database.query(`INSERT INTO community (code, name) VALUES ($1, '图表社区')`, [
        COMMUNITY,
      ]);
      await insertCampaign(WINTER, '1923-10-31T16:00:00Z', '1924-03-31T16:00:00Z');
      // Overlaps winter from March.
      await insertCampaign(SPRING, '1924-02-29T16:00:00Z', '1924-05-31T16:00:00Z');
      const rows: Row[] = [
        // Named at registration: winter, whatever the date.
        {
          status: 'closed',
          discovered: day('1923-12-01'),
          campaignId: WINTER,
          closed: day('1923-12-05'),
        },
        {
          status: 'closed',
          discovered: day('1923-12-10'),
          campaignId: WINTER,
          closed: day('1923-12-20'),
        },
        { status: 'rectified', discovered: day('1924-01-05'), campaignId: WINTER },
        {
          status: 'voided',
          discovered: day('1924-01-06'),
          campaignId: WINTER,
          closed: day('1924-01-06'),
        },
        {
          status: 'rectifying',
          discovered: day('1924-01-08'),
          campaignId: WINTER,
          overdue: true,
          deadline: day('1924-03-01'), // 19 days before AS_OF
          level: 4, // past the interview rung: criticism and referral
        },
        {
          status: 'rectifying',
          discovered: day('1924-03-10'),
          campaignId: WINTER,
          deadline: day('1924-03-25'),
        },
        // Registered before either campaign existed: each is claimed by a campaign covering it.
        {
          status: 'awaiting_reinspection',
          discovered: day('1924-02-01'),
          overdue: true,
          deadline: day('1924-03-15'),
        },
        { status: 'closed', discovered: day('1924-03-05'), closed: day('1924-03-06') },
        // Named for spring although discovered in winter's period.
        { status: 'awaiting_notice', discovered: day('1924-01-20'), campaignId: SPRING },
      ];
      for (const row of rows) await insertCase(row);
      // Defined after these cases were registered: spring first, so it claims the March one.
      const campaigns = new CampaignRepository(
        stack.database,
        new AuditTrailRepository(stack.database, new AuditKeyring(stackConfig().audit.key)),
      );
      expect(await campaigns.claimUnassignedCases(SPRING)).toBe(1);
      expect(await campaigns.claimUnassignedCases(WINTER)).toBe(1);
      expect(await campaigns.claimUnassignedCases(WINTER)).toBe(0);
    });

    afterAll(async () => {
      await stack.database.query(`DELETE FROM hazard_case WHERE case_number = ANY($1)`, [numbers]);
      await stack.database.query(`DELETE FROM campaign WHERE code = ANY($1)`, [[WINTER, SPRING]]);
      await stack.database.query(`DELETE FROM community WHERE code = $1`, [COMMUNITY]);
    });

    const figuresOf = async (campaign: string) => {
      const all = await new UnitFiguresRepository(stack.database).figures(campaign, AS_OF);
      return all.find((f) => f.unit.kind === 'community' && f.unit.code === COMMUNITY)!;
    };

    it("derives a unit's found, rectified and overdue cases, its rate and its median days to fix", async () => {
      const winter = await figuresOf(WINTER);
      expect(winter).toMatchObject({
        unit: { kind: 'community', code: COMMUNITY, name: '图表社区' },
        found: 6, // 7 of its own (voided left out) + the unnamed February one
        rectified: 3,
        overdue: 2,
        pastInterviewRung: 1,
        longestOverdueDays: 19,
        medianDaysToFix: 7, // 4 and 10 days
        sweepTasks: { total: 0, done: 0, undonePastDue: 0 },
      });
      expect(winter.rectificationRate).toBeCloseTo(3 / 6);
    });

    it('counts the cases a campaign claimed, those registered before it in no campaign', async () => {
      const spring = await figuresOf(SPRING);
      expect(spring).toMatchObject({ found: 2, rectified: 1, overdue: 0, medianDaysToFix: 1 });
    });

    it('answers one unit alone when asked, and nothing for an unknown campaign', async () => {
      const repository = new UnitFiguresRepository(stack.database);
      const one = await repository.figures(WINTER, AS_OF, { kind: 'community', code: COMMUNITY });
      expect(one).toHaveLength(1);
      expect(one[0].found).toBe(6);
      expect(await repository.figures('no-such-campaign', AS_OF)).toEqual([]);
    });
  });
});
