// The shape of a sub-district's ledger after a few years, scaled up: most cases closed long ago,
// the open ones recent, a few old ones stuck and overdue. Weights are percentages.
import {
  CAMPAIGN_CATEGORIES,
  type CampaignCategory,
  DEFAULT_CASE_POLICY,
  DEPARTMENT_CODES,
  hazardTypesOf,
} from '@firecase/domain';
// Communities (a few large ones first, then a long tail), roads, and the parties responsible:
// companies (prefix + trade: 绿叶物业服务有限公司) and, for households and sole traders, people,
// in Chinese as a real ledger writes them; addresses are road + number (太白路128号).
import names from './ledger-names.json';

const CATEGORY_WEIGHTS: Record<CampaignCategory, number> = {
  electric_bike: 30,
  high_rise: 20,
  crowded_place: 18,
  weak_area: 12,
  enterprise: 10,
  fireworks: 6,
  hazardous_chemicals: 4,
};

/** Cases discovered in the last 110 days: still moving through the lifecycle. */
const RECENT_STATUS_WEIGHTS = {
  awaiting_notice: 8,
  awaiting_service: 7,
  rectifying: 40,
  awaiting_reinspection: 12,
  rectified: 6,
  closed: 24,
  voided: 3,
};

/** Older cases: closed or voided, but for the stuck ones (all of which are overdue). */
const OLD_STATUS_WEIGHTS = { closed: 96, voided: 3, rectifying: 1 };

/** An array of 100 (or so) entries in which each value appears as often as its weight. */
function slots(weights: Record<string, number>): string[] {
  return Object.entries(weights).flatMap(([value, weight]) =>
    new Array<string>(weight).fill(value),
  );
}

function zipfSlots(values: readonly string[], size = 200): string[] {
  const weights = values.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return values.flatMap((value, rank) =>
    new Array<string>(Math.max(1, Math.round((weights[rank] / total) * size))).fill(value),
  );
}

/**
 * One INSERT ... SELECT over generate_series: each row draws its random numbers once (the
 * innermost subquery, which PostgreSQL evaluates per row because random() is volatile) and
 * derives every column from them. Case numbers follow TB-YYYY-NNNNNN, `years` years up to now.
 */
export function populationStatement(rows: number): { sql: string; params: unknown[] } {
  const years = Math.max(3, Math.ceil(rows / 900_000));
  const perYear = Math.ceil(rows / years);
  const firstYear = new Date().getUTCFullYear() - years + 1;
  const typesByCategory = Object.fromEntries(
    CAMPAIGN_CATEGORIES.map((c) => [c.code, hazardTypesOf(c.code).map((t) => t.code)]),
  );
  const leadByCategory = Object.fromEntries(
    CAMPAIGN_CATEGORIES.map((c) => [c.code, c.leadDepartment]),
  );
  const params = [
    rows, // $1
    perYear, // $2
    firstYear, // $3
    slots(CATEGORY_WEIGHTS), // $4
    JSON.stringify(typesByCategory), // $5
    JSON.stringify(leadByCategory), // $6
    [...DEPARTMENT_CODES], // $7
    zipfSlots(names.communities), // $8
    names.roads, // $9
    names.partyPrefixes, // $10
    names.partyTrades, // $11
    names.people, // $12
    slots(RECENT_STATUS_WEIGHTS), // $13
    slots(OLD_STATUS_WEIGHTS), // $14
    DEFAULT_CASE_POLICY.version, // $15
  ];
  const pick = (param: string, random: string) =>
    `(${param}::text[])[1 + floor(${random} * array_length(${param}::text[], 1))::int]`;
  const sql = `
    INSERT INTO hazard_case (
      case_number, revision, status, category, hazard_type, severity, department, community, grid,
      address, responsible_party, policy_version, discovered_at, deadline_at, next_due_at,
      next_due_kind, escalation_level, overdue, closed_at, snapshot, created_at, updated_at)
    SELECT
      'TB-' || y.year || '-' || lpad(y.seq::text, 6, '0'),
      array_position(ARRAY['awaiting_notice', 'awaiting_service', 'rectifying',
        'awaiting_reinspection', 'rectified', 'closed', 'voided'], s.status),
      s.status,
      c.category,
      ($5::jsonb -> c.category) ->> floor(g.r_type * jsonb_array_length($5::jsonb -> c.category))::int,
      CASE WHEN g.r_sev < CASE WHEN c.category IN ('hazardous_chemicals', 'fireworks') THEN 0.25
                               ELSE 0.06 END
           THEN 'major' ELSE 'general' END,
      CASE WHEN g.r_dept < 0.85 THEN $6::jsonb ->> c.category
           ELSE ${pick('$7', '((g.r_dept - 0.85) / 0.15)')} END,
      ${pick('$8', 'g.r_comm')},
      CASE WHEN g.r_grid < 0.05 THEN NULL
           ELSE 'G-' || lpad((1 + floor(g.r_grid * 24))::int::text, 2, '0') END,
      ${pick('$9', 'g.r_road')} || (1 + floor(g.r_num * 300))::int || '号',
      CASE WHEN g.r_kind < 0.15 THEN ${pick('$12', 'g.r_party')}
           ELSE ${pick('$10', 'g.r_party')} || ${pick('$11', 'g.r_party2')} END,
      $15,
      t.discovered_at,
      CASE WHEN s.status IN ('awaiting_notice', 'awaiting_service', 'voided') THEN NULL
           ELSE t.discovered_at + (7 + floor(g.r_dl * 24)) * interval '1 day' END,
      date_trunc('hour', CASE
        WHEN s.status IN ('closed', 'voided', 'awaiting_notice', 'rectified') THEN NULL
        WHEN o.overdue THEN now() - g.r_due * interval '20 days'
        WHEN s.status = 'awaiting_service' THEN now() + g.r_due * interval '3 days'
        ELSE now() + g.r_due * interval '30 days' END),
      CASE s.status WHEN 'awaiting_notice' THEN 'issue_notice' WHEN 'awaiting_service' THEN 'serve_notice'
        WHEN 'rectifying' THEN 'rectify' WHEN 'awaiting_reinspection' THEN 'reinspect'
        WHEN 'rectified' THEN 'close' END,
      CASE WHEN o.overdue THEN 2 + floor(g.r_esc * 3)::int
           WHEN s.status IN ('rectifying', 'awaiting_reinspection') AND g.r_esc < 0.1 THEN 1
           ELSE 0 END,
      o.overdue,
      CASE s.status
        WHEN 'closed' THEN least(now(), t.discovered_at + (3 + g.r_dl * 60) * interval '1 day')
        WHEN 'voided' THEN t.discovered_at + interval '1 day' END,
      '{}'::jsonb,
      t.discovered_at,
      now()
    FROM (
      SELECT i, random() AS r_cat, random() AS r_type, random() AS r_sev, random() AS r_dept,
             random() AS r_comm, random() AS r_grid, random() AS r_num, random() AS r_road,
             random() AS r_kind, random() AS r_party, random() AS r_party2, random() AS r_status,
             random() AS r_over, random() AS r_esc, random() AS r_due, random() AS r_dl
        FROM generate_series(1, $1::int) AS i
    ) g
    CROSS JOIN LATERAL (
      SELECT $3::int + (g.i - 1) / $2::int AS year, (g.i - 1) % $2::int + 1 AS seq
    ) y
    CROSS JOIN LATERAL (
      SELECT make_timestamptz(y.year, 1, 1, 0, 0, 0, 'Asia/Shanghai') AS year_start,
             least(make_timestamptz(y.year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai'), now()) AS year_end
    ) span
    CROSS JOIN LATERAL (
      SELECT span.year_start + (span.year_end - span.year_start) * ((y.seq - 0.5) / $2::int)
               AS discovered_at
    ) t
    CROSS JOIN LATERAL (SELECT ${pick('$4', 'g.r_cat')} AS category) c
    CROSS JOIN LATERAL (
      SELECT CASE WHEN t.discovered_at > now() - interval '110 days'
                  THEN ${pick('$13', 'g.r_status')} ELSE ${pick('$14', 'g.r_status')} END AS status
    ) s
    CROSS JOIN LATERAL (
      SELECT s.status IN ('awaiting_service', 'rectifying', 'awaiting_reinspection')
             AND (t.discovered_at <= now() - interval '110 days' OR g.r_over < 0.15) AS overdue
    ) o`;
  return { sql, params };
}
