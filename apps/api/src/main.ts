import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bootConfig, nestLogLevels } from '@firecase/config';
import { ApiModule } from './api.module';
import { configureApp } from './configure-app';

async function main(): Promise<void> {
  const config = bootConfig();
  const app = await NestFactory.create(ApiModule.forRoot(config), {
    logger: nestLogLevels(config.logLevel),
  });
  configureApp(app);
  await app.listen(config.http.port, config.http.host);
  new Logger('api').log(`listening on ${await app.getUrl()} (docs at /docs)`);
}

main().catch((error: unknown) => {
  new Logger('api').error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
