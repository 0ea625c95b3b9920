export { dataSourceOptions } from './data-source-options';
export { ENTITIES, HazardCaseEntity } from './entities';
export { MIGRATIONS } from './migrations';
export { PersistenceModule } from './persistence.module';
export { runMigrations } from './run-migrations';
