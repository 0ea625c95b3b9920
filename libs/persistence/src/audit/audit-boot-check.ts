import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@firecase/config';

/** What the application's role must not be able to do to these tables. */
const PROTECTED_TABLES = ['audit_event', 'audit_seal', 'access_log', 'admin_log'] as const;

/**
 * At boot, what the audit trail's protection rests on. PostgreSQL is asked what DATABASE_URL's
 * role may do: connected as a superuser or as the owner, the app could rewrite its own audit
 * trail, so production refuses to start and elsewhere it says so (the embedded default and the
 * test stack connect as firecase_app). And a generated AUDIT_KEY is said out loud: what it seals
 * will not verify after a restart.
 */
@Injectable()
export class AuditBootCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('database');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.audit.keyGenerated) {
      this.logger.warn(
        'AUDIT_KEY is not set: sealing the audit trail with a random key made for this process (what it seals will not verify after a restart; npm start keeps one in data/audit-key)',
      );
    }
    const problems = await this.problems();
    if (problems.length === 0) return;
    const message = `DATABASE_URL's role ${problems.join('; ')}: the audit trail is not protected from the application. Connect as firecase_app and migrate as firecase_owner (MIGRATION_DATABASE_URL); see README "Audit trail".`;
    if (this.config.environment === 'production') throw new Error(message);
    this.logger.warn(message);
  }

  /** Sentences naming what the connected role can do that it should not; empty when none. */
  async problems(): Promise<string[]> {
    const [role] = await this.dataSource.query<{ name: string; superuser: boolean }[]>(
      `SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    );
    if (role?.superuser) return [`${role.name} is a superuser`];
    const rows = await this.dataSource.query<
      { table_name: string; owns: boolean; changes: boolean }[]
    >(
      `SELECT t.table_name,
              pg_has_role(current_user, c.relowner, 'USAGE') AS owns,
              has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE')
                OR has_table_privilege(c.oid, 'TRUNCATE') AS changes
         FROM unnest($1::text[]) WITH ORDINALITY AS t(table_name, n)
         JOIN pg_class c ON c.relname = t.table_name AND c.relnamespace = 'public'::regnamespace
        ORDER BY t.n`,
      [[...PROTECTED_TABLES]],
    );
    return rows.flatMap((row) =>
      row.owns
        ? [`${role?.name} owns ${row.table_name}`]
        : row.changes
          ? [`${role?.name} may UPDATE, DELETE or TRUNCATE ${row.table_name}`]
          : [],
    );
  }
}
