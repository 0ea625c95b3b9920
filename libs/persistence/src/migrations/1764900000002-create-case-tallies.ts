import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Statuses on the three-colour board (三色): open, not yet re-inspected as fixed. */
const COLOURED = `('awaiting_notice', 'awaiting_service', 'rectifying', 'awaiting_reinspection')`;

const MONTH = `date_trunc('month', discovered_at AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * Each tally: its table, its own dimension beside the shared ones (none for the smallest, which
 * answers every count by a shared dimension), and how a hazard_case row reads it.
 */
const TALLIES = [
  { table: 'case_tally', column: null, type: null, expr: null },
  { table: 'case_tally_type', column: 'hazard_type', type: 'text', expr: 'hazard_type' },
  { table: 'case_tally_grid', column: 'grid', type: 'text', expr: `coalesce(grid, '')` },
  { table: 'case_tally_month', column: 'month', type: 'date', expr: MONTH },
] as const;

/** The dimensions every tally shares: what statistics filter on without reading hazard_case. */
const SHARED = [
  ['department', 'department'],
  ['community', 'community'],
  ['campaign_id', `coalesce(campaign_id, '')`],
  ['status', 'status'],
  ['category', 'category'],
  ['severity', 'severity'],
  ['overdue', 'overdue'],
] as const;

/**
 * Statistics (issue 12 §3) over a million cases within 200 ms cannot read the million rows (on
 * the benchmark machine a bare count(*) takes as long): three tallies count the read model's
 * cases by the dimensions statistics filter and group on, kept exact by statement-level triggers
 * on hazard_case in the same transaction as each write, so they never disagree with the ledger.
 * Statement-level triggers with transition tables fold a bulk insert (the benchmark's million
 * rows) into one grouped upsert per tally; the deltas of a statement are applied in key order, so
 * concurrent projections cannot deadlock on them.
 *
 * The campaign a case belongs to becomes a plain column (it was generated from the snapshot):
 * still the snapshot's `discovery.campaignId` when it has one, and otherwise set by a campaign
 * that claims the unassigned cases of its period when it is defined.
 */
export class CreateCaseTallies1764900000002 implements MigrationInterface {
  name = 'CreateCaseTallies1764900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX hazard_case_campaign`);
    await queryRunner.query(`ALTER TABLE hazard_case DROP COLUMN campaign_id`);
    await queryRunner.query(`ALTER TABLE hazard_case ADD COLUMN campaign_id text`);
    await queryRunner.query(`
      UPDATE hazard_case SET campaign_id = snapshot #>> '{state,discovery,campaignId}'
       WHERE snapshot #>> '{state,discovery,campaignId}' IS NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION hazard_case_campaign_of_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.campaign_id := coalesce(NEW.snapshot #>> '{state,discovery,campaignId}', NEW.campaign_id);
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER hazard_case_campaign BEFORE INSERT OR UPDATE ON hazard_case
        FOR EACH ROW EXECUTE FUNCTION hazard_case_campaign_of_snapshot()`);
    await queryRunner.query(
      `CREATE INDEX hazard_case_campaign_discovered ON hazard_case (campaign_id, discovered_at)
        WHERE campaign_id IS NOT NULL`,
    );
    // Statistics filtered by a grid read the cases of that community and grid.
    await queryRunner.query(
      `CREATE INDEX hazard_case_community_grid ON hazard_case (community, grid)`,
    );
    // Statistics filtered by due dates count the open cases (the only ones with a next due date)
    // from this index alone, without visiting the table.
    await queryRunner.query(`
      CREATE INDEX hazard_case_next_due_statistics ON hazard_case (next_due_at)
        INCLUDE (status, category, hazard_type, severity, department, community, grid, overdue,
                 discovered_at, campaign_id)
        WHERE next_due_at IS NOT NULL`);
    // 临期: the open cases not overdue, by their next due date.
    await queryRunner.query(
      `CREATE INDEX hazard_case_due_soon ON hazard_case (next_due_at)
        WHERE NOT overdue AND status IN ${COLOURED}`,
    );

    for (const tally of TALLIES) {
      const keys = keysOf(tally);
      await queryRunner.query(`
        CREATE TABLE ${tally.table} (
          department  text NOT NULL,
          community   text NOT NULL,
          campaign_id text NOT NULL,
          status      text NOT NULL,
          category    text NOT NULL,
          severity    text NOT NULL,
          overdue     boolean NOT NULL,
          ${tally.column ? `${tally.column} ${tally.type} NOT NULL,` : ''}
          cases       integer NOT NULL,
          PRIMARY KEY (${keys.join(', ')})
        )`);
      await queryRunner.query(`
        INSERT INTO ${tally.table} (${keys.join(', ')}, cases)
        SELECT ${selectKeys(tally.expr)}, count(*) FROM hazard_case GROUP BY ${groupKeys(tally.expr)}`);
    }
    await queryRunner.query(`
      CREATE FUNCTION case_tallies_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${TALLIES.map((t) => applyDelta(t, 'SELECT *, 1 AS delta FROM new_rows')).join('\n')}
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION case_tallies_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${TALLIES.map((t) =>
          applyDelta(
            t,
            'SELECT *, 1 AS delta FROM new_rows UNION ALL SELECT *, -1 AS delta FROM old_rows',
          ),
        ).join('\n')}
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION case_tallies_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${TALLIES.map((t) => applyDelta(t, 'SELECT *, -1 AS delta FROM old_rows')).join('\n')}
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION case_tallies_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE ${TALLIES.map((t) => t.table).join(', ')};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER case_tallies_insert AFTER INSERT ON hazard_case
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION case_tallies_after_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER case_tallies_update AFTER UPDATE ON hazard_case
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION case_tallies_after_update()`);
    await queryRunner.query(`
      CREATE TRIGGER case_tallies_delete AFTER DELETE ON hazard_case
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION case_tallies_after_delete()`);
    await queryRunner.query(`
      CREATE TRIGGER case_tallies_truncate AFTER TRUNCATE ON hazard_case
        FOR EACH STATEMENT EXECUTE FUNCTION case_tallies_after_truncate()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER case_tallies_${name} ON hazard_case`);
      await queryRunner.query(`DROP FUNCTION case_tallies_after_${name}()`);
    }
    for (const tally of TALLIES) await queryRunner.query(`DROP TABLE ${tally.table}`);
    await queryRunner.query(`DROP INDEX hazard_case_due_soon`);
    await queryRunner.query(`DROP INDEX hazard_case_community_grid`);
    await queryRunner.query(`DROP INDEX hazard_case_next_due_statistics`);
    await queryRunner.query(`DROP INDEX hazard_case_campaign_discovered`);
    await queryRunner.query(`DROP TRIGGER hazard_case_campaign ON hazard_case`);
    await queryRunner.query(`DROP FUNCTION hazard_case_campaign_of_snapshot()`);
    await queryRunner.query(`ALTER TABLE hazard_case DROP COLUMN campaign_id`);
    await queryRunner.query(`
      ALTER TABLE hazard_case ADD COLUMN campaign_id text
        GENERATED ALWAYS AS (snapshot #>> '{state,discovery,campaignId}') STORED`);
    await queryRunner.query(
      `CREATE INDEX hazard_case_campaign ON hazard_case (campaign_id) WHERE campaign_id IS NOT NULL`,
    );
  }
}

type Tally = (typeof TALLIES)[number];

function keysOf(tally: Tally): string[] {
  return [...SHARED.map(([name]) => name), ...(tally.column ? [tally.column] : [])];
}

function selectKeys(own: string | null): string {
  return [...SHARED.map(([, expr]) => expr), ...(own ? [own] : [])].join(', ');
}

const groupKeys = selectKeys;

/** One grouped upsert of a statement's changed rows into a tally, in key order. */
function applyDelta(tally: Tally, rows: string): string {
  const keys = keysOf(tally);
  const positions = keys.map((_, i) => i + 1).join(', ');
  return `
        INSERT INTO ${tally.table} AS t (${keys.join(', ')}, cases)
        SELECT ${selectKeys(tally.expr)}, sum(delta) FROM (${rows}) AS changed
         GROUP BY ${positions} HAVING sum(delta) <> 0 ORDER BY ${positions}
        ON CONFLICT (${keys.join(', ')}) DO UPDATE SET cases = t.cases + EXCLUDED.cases;`;
}
