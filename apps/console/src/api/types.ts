// The response types the console works with, each looked up in the types generated from the
// API's OpenAPI document (every answer is documented there). Nothing here is written by hand.
import type { components, paths } from './schema.gen';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<Op> = Op extends { responses: infer R }
  ? Json<R[200 & keyof R]> | Json<R[201 & keyof R]>
  : never;
type Body<P extends keyof paths, M extends keyof paths[P]> = Success<paths[P][M]>;

export type Schemas = components['schemas'];

export type IssuedTokens = Body<'/auth/login', 'post'>;
export type Profile = Body<'/me', 'get'>;
export type Organisation = Body<'/organisation', 'get'>;
export type SignInOptions = Body<'/console/sign-in-options', 'get'>;
export type CaseView = Body<'/cases/{caseNumber}', 'get'>;
export type CaseState = CaseView['state'];
export type CaseEvent = CaseState['events'][number];
export type Obligation = CaseView['obligations'][number];
export type LedgerPage = Body<'/cases', 'get'>;
export type LedgerItem = LedgerPage['items'][number];
export type OpenedCase = Body<'/cases', 'post'>;
export type CaseHistory = Body<'/cases/{caseNumber}/history', 'get'>;
export type ChainVerification = Body<'/cases/{caseNumber}/audit/verify', 'get'>;
export type NoticeSummaries = Body<'/cases/{caseNumber}/notices', 'get'>;
export type UploadedEvidence = Body<'/evidence', 'post'>;
export type EvidenceMetadata = Body<'/evidence/{id}/metadata', 'get'>;
export type AdminUser = Body<'/admin/users', 'post'>;
export type ApiErrorBody = Schemas['ApiErrorDto'];
