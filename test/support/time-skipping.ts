import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { CASE_SEARCH_ATTRIBUTE_REGISTRATIONS } from '@firecase/contract';

const INDEXED_VALUE_TYPES: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  Keyword: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Datetime: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  Int: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT,
  Bool: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
};

/**
 * The Java time-skipping test server from the cache (see tools/lib/temporal-test-server.mjs),
 * with the case search attributes registered through its operator service.
 */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const path = process.env.FIRECASE_TEMPORAL_TEST_SERVER;
  if (!path)
    throw new Error(
      'FIRECASE_TEMPORAL_TEST_SERVER is not set: run through `npm test` (the workflow project sets it up)',
    );
  quietRuntime();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path } },
  });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      Object.entries(CASE_SEARCH_ATTRIBUTE_REGISTRATIONS).map(([name, type]) => [
        name,
        INDEXED_VALUE_TYPES[type],
      ]),
    ),
  });
  return env;
}

let runtimeInstalled = false;

/** Keeps the SDK's INFO chatter out of test output; warnings and errors still show. */
export function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({
      logger: new DefaultLogger((process.env.FIRECASE_SDK_LOG as 'WARN') ?? 'WARN'),
    });
  } catch {
    // already installed by an earlier test file in this process
  }
}
