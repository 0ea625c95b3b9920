export * from './case';
export * from './catalogue';
export * from './policy';
export * from './labels';
export * from './campaign';
export * from './units';
export * from './unit-supervision';
export * from './ledger';
