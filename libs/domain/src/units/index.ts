export * from './beijing-time';
export * from './unit';
export type * from './unit-notification';
