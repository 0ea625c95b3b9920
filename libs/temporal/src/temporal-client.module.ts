import { Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '@firecase/config';
import { temporalConnectionOptions } from './temporal-connection-options';

/** Closes the client's connection when the app shuts down. */
@Injectable()
class TemporalClientCloser implements OnApplicationShutdown {
  constructor(private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

/**
 * Provides a Temporal `Client` by its class. The connection is lazy: nothing is dialled until the
 * first call, so building the provider has no side effect and boot does not fail while Temporal
 * is still starting (the health check reports it instead).
 */
@Module({
  providers: [
    {
      provide: Client,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new Client({
          connection: Connection.lazy(temporalConnectionOptions(config.temporal)),
          namespace: config.temporal.namespace,
        }),
    },
    TemporalClientCloser,
  ],
  exports: [Client],
})
export class TemporalClientModule {}
