import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ApiModule, configureApp } from '@firecase/api';
import type { AppConfig } from '@firecase/config';
import { TemporalWorkerService, WorkerModule } from '@firecase/worker';
import { checkResponsesAgainstDocument } from './response-conformance';

/** The worker app, as apps/worker/src/main.ts boots it, polling until `stop()`. */
export async function startWorkerApp(config: AppConfig) {
  const moduleRef = await Test.createTestingModule({
    imports: [WorkerModule.forRoot(config)],
  }).compile();
  const app: INestApplicationContext = await moduleRef.init();
  const service = app.get(TemporalWorkerService);
  const running = service.run();
  await service.started();
  return {
    app,
    stop: async () => {
      await app.close();
      await running;
    },
  };
}

/**
 * The api app, as apps/api/src/main.ts boots it, without listening on a port. Every response it
 * sends is checked against its OpenAPI document (response-conformance.ts).
 */
export async function startApiApp(config: AppConfig): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot(config)],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  const conformance = checkResponsesAgainstDocument(app);
  conformance.against(configureApp(app));
  await app.init();
  return app;
}
