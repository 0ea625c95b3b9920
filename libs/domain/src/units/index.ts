export * from './beijing-time';
export * from './unit';
export * from './unit-notification';
