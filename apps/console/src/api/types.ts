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
export type StatisticsSummary = Body<'/statistics', 'get'>;
export type StatisticsQuery = NonNullable<paths['/statistics']['get']['parameters']['query']>;
export type CountEntry = StatisticsSummary['byStatus'][number];
export type CampaignStatistics = Body<'/statistics/campaigns/{code}', 'get'>;
export type Campaign = Body<'/campaigns/{code}', 'get'>;
export type SweepTask = Body<'/campaigns/{code}/tasks', 'get'>[number];
export type UnitStanding = Body<'/campaigns/{code}/units', 'get'>[number];
export type SupervisionCase = Body<'/supervision-cases/{number}', 'get'>;
export type SupervisionRung = SupervisionCase['state']['rungs'][number];
export type SubjectAuditEvent = Body<'/supervision-cases/{number}/history', 'get'>[number];
export type StoredReport = Body<'/reports', 'get'>[number];
export type UnitView = Schemas['UnitView'];
