// End to end through HTTP against the real stack: the ledger's text search (`q`) in Chinese, on
// the read model in the embedded PostgreSQL. Two-character words (太白, 物业) are what offices
// search for, and what a trigram index cannot serve; the bigram index must.
import { DataSource, type Logger } from 'typeorm';
import {
  dataSourceOptions,
  HazardCaseLedgerRepository,
  LedgerTextSearchPlanner,
} from '@firecase/persistence';
import { useRealStack } from './support/real-stack';
import { ownerDatabase } from './support/owner-database';
import { signedInUser } from './support/signed-in-user';
import { stackConfig } from './support/stack';

const ROADS = ['太白路', '开元路', '白岩路', '高笋塘路', 'Kaiyuan Road'];
const PROPERTY_COMPANIES = ['绿叶', '朝阳', '金桥', '红星'].map(
  (name) => `${name}物业服务有限公司`,
);
const OTHER_PARTIES = [
  '开元餐饮管理有限公司',
  '三峡物流有限公司',
  '张伟',
  '太白酒店',
  'Green Leaf 100%_Services',
  '孙浩',
];

interface Generated {
  readonly caseNumber: string;
  readonly address: string;
  readonly party: string;
}

/**
 * Ledger rows with Chinese addresses and parties, as a real ledger has them: enough of them
 * (7 in 10 parties a property company) that some terms are common enough to be walked for.
 */
function generate(year: number, count: number): Generated[] {
  return Array.from({ length: count }, (_, i) => ({
    caseNumber: `TB-${year}-${String(i + 1).padStart(6, '0')}`,
    address: `万州区${ROADS[i % ROADS.length]}${100 + (i % 37)}号`,
    party:
      i % 10 < 7
        ? PROPERTY_COMPANIES[i % PROPERTY_COMPANIES.length]
        : OTHER_PARTIES[i % OTHER_PARTIES.length],
  }));
}

class CapturingLogger implements Logger {
  last?: { sql: string; params: unknown[] };
  logQuery(sql: string, params?: unknown[]) {
    this.last = { sql, params: params ?? [] };
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

describe('ledger text search in Chinese (HTTP, real stack)', () => {
  const stack = useRealStack({ api: true, database: true });
  const officer = signedInUser(stack, { role: 'officer' });
  const owner = ownerDatabase();
  const community = `搜索社区 ${Date.now()}`;
  const rows = generate(1903, 4000);

  beforeAll(async () => {
    await stack.database.query(
      `INSERT INTO hazard_case (case_number, revision, status, category, hazard_type, severity,
              department, community, address, responsible_party, policy_version, discovered_at,
              closed_at, snapshot)
       SELECT r.case_number, 1, 'closed', 'high_rise', 'high_rise.fire_passage_occupied', 'general',
              'planning_environment', $1, r.address, r.party, '2024.1', '2026-11-01T00:00:00Z',
              '2026-11-20T00:00:00Z', '{}'::jsonb
         FROM jsonb_to_recordset($2::jsonb) AS r(case_number text, address text, party text)`,
      [
        community,
        JSON.stringify(
          rows.map((r) => ({ case_number: r.caseNumber, address: r.address, party: r.party })),
        ),
      ],
    );
    // The statistics the search plans by, as autovacuum would soon gather them (the owner's to
    // gather: the application's role may not ANALYZE).
    await owner.query('ANALYZE hazard_case');
  });

  afterAll(async () => {
    // The stack's own connection is closed by now (its afterAll ran first): one of our own.
    const database = await new DataSource(dataSourceOptions(stackConfig().database)).initialize();
    await database.query('DELETE FROM hazard_case WHERE community = $1', [community]);
    await database.destroy();
  });

  async function search(q: string): Promise<string[]> {
    const found: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await stack
        .http()
        .get('/cases')
        .query({ community, q, limit: 200, ...(cursor ? { cursor } : {}) })
        .set(officer)
        .expect(200);
      found.push(...(page.body.items as { caseNumber: string }[]).map((i) => i.caseNumber));
      cursor = page.body.nextCursor as string | undefined;
    } while (cursor);
    return found.sort();
  }

  /** What a search must find, worked out here from the rows themselves. */
  function expected(q: string): string[] {
    const wanted = q.toLowerCase();
    return rows
      .filter(
        (r) => r.address.toLowerCase().includes(wanted) || r.party.toLowerCase().includes(wanted),
      )
      .map((r) => r.caseNumber)
      .sort();
  }

  it.each([
    ['太白', 'two characters, in addresses (太白路) and parties (太白酒店)'],
    ['物业', 'two characters, in most parties'],
    ['物业服务有限公司', 'a phrase most parties hold'],
    ['白路', 'two characters inside a word'],
    ['张伟', 'a person as the responsible party'],
    ['太白路128号', 'a whole address'],
    ['绿叶物业服务有限公司', 'a whole company name'],
    ['路12', 'Chinese and digits'],
    ['太白物业', 'bigrams that all occur, but not together'],
    ['鑫', 'a single character'],
    ['green leaf', 'Latin letters, in any case'],
    ['100%_', 'LIKE wildcards, matched as themselves'],
  ])('finds %s (%s)', async (q) => {
    const want = expected(q);
    expect(await search(q)).toEqual(want);
  });

  it('has rows to find for the terms that should find some, and none for those that should not', () => {
    for (const q of [
      '太白',
      '物业',
      '白路',
      '张伟',
      '太白路128号',
      '绿叶物业服务有限公司',
      '路12',
      'green leaf',
      '100%_',
    ]) {
      expect([q, expected(q).length > 0]).toEqual([q, true]);
    }
    expect(expected('太白').length).toBeGreaterThan(50);
    expect(expected('物业服务有限公司').length).toBeGreaterThan(2_000);
    expect(expected('太白物业')).toEqual([]);
    expect(expected('鑫')).toEqual([]);
  });

  it('walks the ledger for common terms and looks rare ones up in the index', async () => {
    const planner = new LedgerTextSearchPlanner(stack.database);
    expect(await planner.plan('物业')).toEqual({ kind: 'walk' });
    // Every bigram common, the phrase too: found by counting its matches.
    expect(await planner.plan('物业服务有限公司')).toEqual({ kind: 'walk' });
    expect(await planner.plan('绿叶物业服务有限公司')).toMatchObject({ kind: 'index' });
    expect(await planner.plan('张伟')).toEqual({ kind: 'index', bigrams: ['张伟'] });
    expect(await planner.plan('鑫')).toEqual({ kind: 'walk' });
  });

  it('serves a rare two-character term from the bigram index, as the repository writes the query', async () => {
    const logger = new CapturingLogger();
    const database = await new DataSource({
      ...dataSourceOptions(stackConfig().database),
      logger,
    }).initialize();
    try {
      await new HazardCaseLedgerRepository(database).list({ text: '张伟' }, 51);
      const { sql, params } = logger.last!;
      const runner = database.createQueryRunner();
      try {
        // Without sequential or plain index scans, only an index that can answer the text
        // condition is left to the planner: the bigram index, if the query's expression is its.
        await runner.query('SET enable_seqscan = off');
        await runner.query('SET enable_indexscan = off');
        const plan: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN ${sql}`, params);
        expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toMatch(
          /Bitmap Index Scan on hazard_case_text_bigrams/,
        );
      } finally {
        await runner.release();
      }
    } finally {
      await database.destroy();
    }
  });
});
