import type { AppConfig, DatabaseConfig } from './app-config';
import { ConfigError } from './config-error';
import { loadConfig, loadMigrationConfig } from './load-config';

/**
 * The one place that reads process.env: an app's main() calls it first, so a bad variable stops
 * boot with a single line naming it instead of a stack trace.
 */
export function bootConfig(): AppConfig {
  return orExit(() => loadConfig(process.env));
}

/** The same for `npm run migrate`, which reads only the database settings. */
export function bootMigrationConfig(): DatabaseConfig {
  return orExit(() => loadMigrationConfig(process.env));
}

function orExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
