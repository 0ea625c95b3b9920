import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns (专项行动) and their sweep tasks (集中检查任务), kept by the campaign workflow's
 * projection; and the campaign a case belongs to, as a column of the case read model.
 *
 * `hazard_case.campaign_id` is generated from the snapshot the case projection already writes
 * (`discovery.campaignId`), so the column can never disagree with the case and the projection's
 * code did not change. A case registered before any campaign covered it has none; statistics
 * then count it by its discovery date (see CampaignStatisticsRepository).
 */
export class CreateCampaign1764900000000 implements MigrationInterface {
  name = 'CreateCampaign1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE campaign (
        code           text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{2,63}$'),
        revision       integer NOT NULL,
        name           text NOT NULL,
        status         text NOT NULL,
        starts_at      timestamptz NOT NULL,
        ends_at        timestamptz NOT NULL CHECK (ends_at > starts_at),
        policy_version text NOT NULL,
        definition     jsonb NOT NULL,
        snapshot       jsonb,
        defined_at     timestamptz NOT NULL,
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX campaign_period ON campaign (starts_at, ends_at)`);
    await queryRunner.query(`
      CREATE TABLE sweep_task (
        campaign_code   text NOT NULL REFERENCES campaign (code),
        task_id         text NOT NULL,
        key_period_code text NOT NULL,
        unit_kind       text NOT NULL CHECK (unit_kind IN ('community', 'department')),
        unit_code       text NOT NULL,
        unit_name       text NOT NULL,
        place_types     text[] NOT NULL,
        opened_at       timestamptz NOT NULL,
        due_at          timestamptz NOT NULL,
        status          text NOT NULL,
        inspected_at    timestamptz,
        inspected_by    text,
        hazard_case_numbers text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (campaign_code, task_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX sweep_task_unit ON sweep_task (campaign_code, unit_kind, unit_code)`,
    );
    await queryRunner.query(`
      ALTER TABLE hazard_case ADD COLUMN campaign_id text
        GENERATED ALWAYS AS (snapshot #>> '{state,discovery,campaignId}') STORED`);
    await queryRunner.query(
      `CREATE INDEX hazard_case_campaign ON hazard_case (campaign_id) WHERE campaign_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX hazard_case_campaign`);
    await queryRunner.query(`ALTER TABLE hazard_case DROP COLUMN campaign_id`);
    await queryRunner.query(`DROP TABLE sweep_task`);
    await queryRunner.query(`DROP TABLE campaign`);
  }
}
