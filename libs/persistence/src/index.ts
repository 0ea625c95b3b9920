export { dataSourceOptions } from './data-source-options';
export { CaseNotificationEntity, ENTITIES, HazardCaseEntity } from './entities';
export { MIGRATIONS } from './migrations';
export { PersistenceModule } from './persistence.module';
export * from './repositories';
export { runMigrations } from './run-migrations';
