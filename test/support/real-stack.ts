import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@firecase/persistence';
import { startApiApp, startWorkerApp } from './running-apps';
import { stackConfig } from './stack';

export interface RealStackParts {
  /** The worker app polling the case task queue. */
  readonly worker?: boolean;
  /** The api app (without a listening port; reach it with `http()`). */
  readonly api?: boolean;
  /** A Temporal client of the test's own. */
  readonly temporal?: boolean;
  /** A TypeORM data source on the stack's database. */
  readonly database?: boolean;
}

/**
 * Starts the parts of the real stack a test file needs before its tests and stops them after,
 * in reverse order. Call it at the top of a `describe`.
 */
export function useRealStack(parts: RealStackParts) {
  let worker: Awaited<ReturnType<typeof startWorkerApp>> | undefined;
  let api: INestApplication | undefined;
  let connection: Connection | undefined;
  let client: Client | undefined;
  let database: DataSource | undefined;

  beforeAll(async () => {
    const config = stackConfig();
    if (parts.worker) worker = await startWorkerApp(config);
    if (parts.api) api = await startApiApp(config);
    if (parts.temporal) {
      connection = await Connection.connect({ address: config.temporal.address });
      client = new Client({ connection, namespace: config.temporal.namespace });
    }
    if (parts.database)
      database = await new DataSource(dataSourceOptions(config.database)).initialize();
  });

  afterAll(async () => {
    await database?.destroy();
    await connection?.close();
    await api?.close();
    await worker?.stop();
  });

  const required = <T>(value: T | undefined, part: keyof RealStackParts): T => {
    if (value === undefined) throw new Error(`useRealStack: ask for { ${part}: true } to use it`);
    return value;
  };
  return {
    get api() {
      return required(api, 'api');
    },
    http: () => request(required(api, 'api').getHttpServer()),
    get client() {
      return required(client, 'temporal');
    },
    get database() {
      return required(database, 'database');
    },
  };
}
