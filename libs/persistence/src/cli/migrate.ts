import { bootConfig } from '@firecase/config';
import { runMigrations } from '../run-migrations';

/** `npm run migrate`: applies pending migrations to DATABASE_URL and says which. */
async function main(): Promise<void> {
  const config = bootConfig();
  const applied = await runMigrations(config.database);
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
