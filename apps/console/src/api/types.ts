// The response types the console works with, each taken from the generated OpenAPI types when
// the document describes that response, and otherwise from the API's own TypeScript return
// types (@firecase/api's ApiResponses, types only). A documented response always wins, so the
// console is checked against the document as soon as it says more. Nothing here is written by
// hand: every type is a lookup.
import type { ApiResponses } from '@firecase/api';
import type { components, paths } from './schema.gen';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<Op> = Op extends { responses: infer R }
  ? Json<R[200 & keyof R]> | Json<R[201 & keyof R]>
  : never;
type Documented<Generated, Fallback> = [Generated] extends [never] ? Fallback : Generated;
type Body<P extends keyof paths, M extends keyof paths[P]> = Success<paths[P][M]>;

export type Schemas = components['schemas'];

export type IssuedTokens = Documented<Body<'/auth/login', 'post'>, ApiResponses.IssuedTokens>;
export type Profile = Body<'/me', 'get'>;
export type Organisation = Body<'/organisation', 'get'>;
export type SignInOptions = Body<'/console/sign-in-options', 'get'>;
export type CaseView = Documented<Body<'/cases/{caseNumber}', 'get'>, ApiResponses.CaseView>;
export type CaseState = CaseView['state'];
export type CaseEvent = CaseState['events'][number];
export type Obligation = CaseView['obligations'][number];
export type LedgerPage = Documented<Body<'/cases', 'get'>, ApiResponses.LedgerPage>;
export type LedgerItem = LedgerPage['items'][number];
export type OpenedCase = Documented<Body<'/cases', 'post'>, ApiResponses.OpenedCase>;
export type CaseHistory = Documented<
  Body<'/cases/{caseNumber}/history', 'get'>,
  ApiResponses.CaseHistory
>;
export type ChainVerification = Documented<
  Body<'/cases/{caseNumber}/audit/verify', 'get'>,
  ApiResponses.ChainVerification
>;
export type NoticeSummaries = Documented<
  Body<'/cases/{caseNumber}/notices', 'get'>,
  ApiResponses.NoticeSummaries
>;
export type UploadedEvidence = Documented<Body<'/evidence', 'post'>, ApiResponses.UploadedEvidence>;
export type EvidenceMetadata = Documented<
  Body<'/evidence/{id}/metadata', 'get'>,
  ApiResponses.EvidenceMetadata
>;
export type AdminUser = Documented<Body<'/admin/users', 'post'>, ApiResponses.AdminUser>;
export type ApiErrorBody = ApiResponses.ApiErrorBody;
