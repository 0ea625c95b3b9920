export * from './three-colour';
