import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { bootConfig } from '@firecase/config';
import {
  dataSourceOptions,
  OrganisationRepository,
  runMigrations,
  UserRepository,
} from '@firecase/persistence';
import { seedDemoCampaign } from '../demo/demo-campaign';
import { seedDemoOrganisation } from '../demo/demo-organisation';

/** `npm run seed:demo`: the demo organisation and its users, printed with their passwords. */
async function main(): Promise<void> {
  const config = bootConfig();
  if (config.environment === 'production') {
    throw new Error('the demo organisation is for local use only (NODE_ENV=production)');
  }
  await runMigrations(config.database);
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  try {
    const users = await seedDemoOrganisation(
      new OrganisationRepository(dataSource),
      new UserRepository(dataSource),
    );
    process.stdout.write('seed:demo: six departments, 3 communities with their grids, and:\n');
    for (const user of users) {
      process.stdout.write(
        user.password === undefined
          ? `  ${user.role.padEnd(13)} ${user.username.padEnd(18)} exists already: kept, password unchanged\n`
          : `  ${user.role.padEnd(13)} ${user.username.padEnd(18)} password ${user.password}\n`,
      );
    }
    process.stdout.write('These passwords are for local use only.\n');
    await seedDemoCampaign(config, dataSource, (line) => process.stdout.write(line));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `seed:demo: failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
