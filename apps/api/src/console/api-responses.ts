// What the API's endpoints return, by their own TypeScript types, for the console's typed client
// while the OpenAPI document does not yet describe a response body: the console takes a
// response's type from the generated document when it has one and from here when it has not
// (apps/console/src/api/types.ts), so a documented response always wins. Types only.
import type { CaseView } from '@firecase/contract';
import type { AuthService } from '../auth/auth.service';
import type { UserAdminService } from '../admin/user-admin.service';
import type { CaseLedgerService } from '../cases/case-ledger.service';
import type { CaseOpeningService } from '../cases/case-opening.service';
import type { EvidenceService } from '../evidence/evidence.service';
import type { CaseHistoryService } from '../history/case-history.service';
import type { NoticeDocumentsService } from '../notices/notice-documents.service';

type Returned<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export type { CaseView };
export type IssuedTokens = Returned<AuthService['login']>;
export type LedgerPage = Returned<CaseLedgerService['list']>;
export type OpenedCase = Returned<CaseOpeningService['open']>;
export type CaseHistory = Returned<CaseHistoryService['history']>;
export type ChainVerification = Returned<CaseHistoryService['verify']>;
export type NoticeSummaries = Returned<NoticeDocumentsService['list']>;
export type UploadedEvidence = Returned<EvidenceService['upload']>;
export type EvidenceMetadata = Returned<EvidenceService['metadata']>;
export type AdminUser = Returned<UserAdminService['create']>;
export type { ApiErrorBody } from '../errors/api-error';
