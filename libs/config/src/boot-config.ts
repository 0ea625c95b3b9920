import type { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

/**
 * The one place that reads process.env: an app's main() calls it first, so a bad variable stops
 * boot with a single line naming it instead of a stack trace.
 */
export function bootConfig(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
