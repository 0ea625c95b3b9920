export * from './china-time-format';
export * from './zh-cn';
