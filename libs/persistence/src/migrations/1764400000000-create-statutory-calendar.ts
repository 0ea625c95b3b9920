import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statutory calendar as data the office administers: each year loaded from the State
 * Council's notice (its holidays and adjusted working days), who loaded it and when, and every
 * load kept (append-only) for audit. The read model learns which years a case's deadlines are
 * waiting for, so loading a year finds the cases to recount and the ledger can filter them.
 */
export class CreateStatutoryCalendar1764400000000 implements MigrationInterface {
  name = 'CreateStatutoryCalendar1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE statutory_calendar_load (
        load_id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        source_document text NOT NULL,
        holidays jsonb NOT NULL,
        adjusted_working_days jsonb NOT NULL,
        loaded_by text NOT NULL,
        loaded_by_name text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX statutory_calendar_load_year ON statutory_calendar_load (year, loaded_at)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION statutory_calendar_load_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'statutory_calendar_load is append-only';
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(`
      CREATE TRIGGER statutory_calendar_load_append_only
        BEFORE UPDATE OR DELETE ON statutory_calendar_load
        FOR EACH ROW EXECUTE FUNCTION statutory_calendar_load_append_only()`);
    await queryRunner.query(`
      CREATE TABLE statutory_calendar_year (
        year integer PRIMARY KEY,
        load_id uuid NOT NULL REFERENCES statutory_calendar_load (load_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE statutory_calendar_day (
        date date PRIMARY KEY,
        year integer NOT NULL REFERENCES statutory_calendar_year (year) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('holiday', 'adjusted_working_day')),
        name text NOT NULL,
        CHECK (extract(year FROM date) = year)
      )`);
    await queryRunner.query(
      `ALTER TABLE hazard_case ADD COLUMN provisional_years integer[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `CREATE INDEX hazard_case_provisional_years ON hazard_case USING gin (provisional_years)
         WHERE provisional_years <> '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX hazard_case_provisional_years`);
    await queryRunner.query(`ALTER TABLE hazard_case DROP COLUMN provisional_years`);
    await queryRunner.query(`DROP TABLE statutory_calendar_day`);
    await queryRunner.query(`DROP TABLE statutory_calendar_year`);
    await queryRunner.query(`DROP TABLE statutory_calendar_load`);
    await queryRunner.query(`DROP FUNCTION statutory_calendar_load_append_only()`);
  }
}
