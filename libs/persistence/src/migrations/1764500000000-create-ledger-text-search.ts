import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Text search of the ledger (`q`) that works for Chinese. Most Chinese words have two
 * characters (太白, 物业), and pg_trgm cannot use its index for a pattern shorter than three, so
 * the trigram indexes of CreateLedgerIndexes1764374400000 left `q=物业` a scan of the table.
 *
 * Instead, a GIN index over the bigrams (every pair of adjacent characters, lower-cased) of the
 * address and the responsible party: a term of two or more characters can only occur in a row
 * whose bigrams contain all of the term's, which the index answers; ILIKE then checks the rows
 * it returns. Plain SQL and GIN's built-in array operators, so it runs on any PostgreSQL (the
 * embedded server and the `postgres:16` image alike: pg_bigm and zhparser ship with neither).
 * An expression index rather than a stored column: ANALYZE keeps statistics of the expression
 * (so the planner knows 物业 is common and walks the ledger order instead), and the table does
 * not carry the arrays.
 */
export class CreateLedgerTextSearch1764500000000 implements MigrationInterface {
  name = 'CreateLedgerTextSearch1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // IMMUTABLE, as an index expression must be: lower() on text of one database encoding.
    await queryRunner.query(`
      CREATE FUNCTION ledger_text_bigrams(value text) RETURNS text[]
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        folded text := lower(value);
        grams text[] := '{}';
      BEGIN
        FOR i IN 1 .. char_length(folded) - 1 LOOP
          grams := grams || substr(folded, i, 2);
        END LOOP;
        RETURN grams;
      END
      $$`);
    await queryRunner.query(
      `CREATE INDEX hazard_case_text_bigrams ON hazard_case
         USING gin (ledger_text_bigrams(address || E'\\n' || responsible_party))`,
    );
    // Superseded: the bigram index serves every term of two or more characters.
    await queryRunner.query(`DROP INDEX hazard_case_address_trgm`);
    await queryRunner.query(`DROP INDEX hazard_case_responsible_party_trgm`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX hazard_case_address_trgm ON hazard_case USING gin (address gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX hazard_case_responsible_party_trgm ON hazard_case USING gin (responsible_party gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX hazard_case_text_bigrams`);
    await queryRunner.query(`DROP FUNCTION ledger_text_bigrams(text)`);
  }
}
