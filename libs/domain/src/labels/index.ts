export * from './zh-cn';
