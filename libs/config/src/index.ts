export { AppConfig, type DatabaseConfig } from './app-config';
export { bootConfig, bootMigrationConfig } from './boot-config';
export { ConfigError } from './config-error';
export { ConfigModule } from './config.module';
export { type Env, EnvReader } from './env-reader';
export { loadConfig, loadMigrationConfig } from './load-config';
export { nestLogLevels } from './nest-log-levels';
export type { NotificationsConfig } from './notifications-config';
