export { TemporalClientModule } from './temporal-client.module';
export {
  type TemporalConnectionOptions,
  temporalConnectionOptions,
} from './temporal-connection-options';
