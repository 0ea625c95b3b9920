import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bootConfig, nestLogLevels } from '@firecase/config';
import { TemporalWorkerService } from './temporal-worker.service';
import { WorkerModule } from './worker.module';

/** The worker process: a Nest application context (no HTTP) that runs until told to stop. */
async function main(): Promise<void> {
  const config = bootConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: nestLogLevels(config.logLevel),
  });
  app.enableShutdownHooks();
  await app.get(TemporalWorkerService).run();
  await app.close();
}

main().catch((error: unknown) => {
  new Logger('worker').error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
