export * from './lagging';
export * from './new-supervision';
export * from './supervision-commands';
export * from './supervision-error';
export * from './supervision-state';
export * from './supervision-timers';
export * from './unit-figures';
