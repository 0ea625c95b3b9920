import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { bootConfig, nestLogLevels } from '@firecase/config';
import { ROLE_LABELS } from '@firecase/domain';
import {
  dataSourceOptions,
  OrganisationRepository,
  runMigrations,
  UserRepository,
} from '@firecase/persistence';
import { ApiModule } from '../api.module';
import { seedDemoCampaign } from '../demo/demo-campaign';
import { demoCaseServices, seedDemoCases } from '../demo/demo-cases';
import { seedDemoOrganisation } from '../demo/demo-organisation';

/**
 * `npm run seed:demo`: the Chinese demo organisation, its people (printed with their passwords)
 * and two dozen cases in every state, opened through the API's services against the running
 * stack (`npm start`: its worker moves the cases on). Running it again adds only what is missing.
 */
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
    say('seed:demo: six departments, 5 communities with their grids, and:');
    for (const user of users) {
      const role = ROLE_LABELS[user.role as keyof typeof ROLE_LABELS] ?? user.role;
      say(
        user.password === undefined
          ? `  ${role}  ${user.username.padEnd(18)} exists already: kept, password unchanged`
          : `  ${role}  ${user.username.padEnd(18)} password ${user.password}`,
      );
    }
    say('These passwords are for local use only.');
    await seedDemoCampaign(config, dataSource, (line) => process.stdout.write(line));
  } finally {
    await dataSource.destroy();
  }

  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(config), {
    logger: nestLogLevels('warn'),
  });
  try {
    say('opening the demo cases (the worker of `npm start` must be running)…');
    const cases = await seedDemoCases(demoCaseServices(app));
    const opened = cases.filter((c) => c.outcome === 'opened').length;
    const existing = cases.filter((c) => c.outcome === 'exists').length;
    const failed = cases.filter((c) => c.outcome !== 'opened' && c.outcome !== 'exists');
    say(
      `demo cases: ${opened} opened, ${existing} there from an earlier run, ${failed.length} failed`,
    );
    for (const c of failed) say(`  case ${c.key}: ${c.outcome}`);
    if (failed.length > 0) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `seed:demo: failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
