export type { CasePolicy, PolicySpan } from './case-policy';
export { DEFAULT_CASE_POLICY } from './default-policy';
