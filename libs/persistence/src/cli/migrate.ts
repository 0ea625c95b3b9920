import { bootMigrationConfig } from '@firecase/config';
import { runMigrations } from '../run-migrations';

/**
 * `npm run migrate`: applies pending migrations as the owner (MIGRATION_DATABASE_URL, else
 * DATABASE_URL) and says which. It reads no signing key: the owner never needs one.
 */
async function main(): Promise<void> {
  const applied = await runMigrations(bootMigrationConfig());
  process.stdout.write(
    applied.length === 0
      ? 'migrate: schema is up to date\n'
      : `migrate: applied ${applied.join(', ')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `migrate: failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
