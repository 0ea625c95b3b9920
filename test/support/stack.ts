import { type AppConfig, loadConfig } from '@firecase/config';

/** The configuration the apps would boot with against the integration stack. */
export function stackConfig(overrides: Record<string, string> = {}): AppConfig {
  if (!process.env.DATABASE_URL || !process.env.TEMPORAL_ADDRESS) {
    throw new Error(
      'integration stack not started: run through `npm test` or `npx jest --selectProjects integration`',
    );
  }
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: process.env.DATABASE_URL,
    MIGRATION_DATABASE_URL: process.env.MIGRATION_DATABASE_URL ?? '',
    AUDIT_KEY: process.env.AUDIT_KEY ?? '',
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: process.env.TEMPORAL_NAMESPACE,
    ...overrides,
  });
}
