export * from './case';
export * from './policy';
