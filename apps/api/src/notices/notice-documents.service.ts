import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AppConfig } from '@firecase/config';
import type { CaseView } from '@firecase/contract';
import { noticeDocumentRequest } from '@firecase/domain';
import { rectificationNoticeContent, renderRectificationNotice } from '@firecase/notices';
import {
  type NoticeDocument,
  NoticeDocumentRepository,
  NoticeIssueRefused,
} from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseActionsService } from '../cases/case-actions.service';
import { CaseReadsService } from '../cases/case-reads.service';
import type { IssueNoticeDto } from '../cases/dto/case-action.dto';

/** A notice document as the API shows it: everything but the PDF bytes. */
export type NoticeDocumentSummary = Omit<NoticeDocument, 'pdf'> & { readonly documentUrl: string };

/**
 * 整改通知书: issuing a notice is one step. The workflow's issuing update numbers, renders and
 * stores the PDF (in the worker) before it answers, so the answer names the document. Reads never
 * write: a notice whose document is not there yet is simply not listed. Only for cases issued
 * before the workflow did this (no documentNo) does the issuing request itself, a write, make up
 * the document, under the same key the worker uses.
 */
@Injectable()
export class NoticeDocumentsService {
  constructor(
    private readonly actions: CaseActionsService,
    private readonly reads: CaseReadsService,
    private readonly documents: NoticeDocumentRepository,
    private readonly config: AppConfig,
  ) {}

  async issue(
    caseNumber: string,
    user: AuthenticatedUser,
    body: IssueNoticeDto,
    idempotencyKey?: string,
  ) {
    const view = await this.actions.perform(caseNumber, 'issueNotice', user, body, idempotencyKey);
    const documentNo = view.state.notice?.documentNo;
    const document = documentNo
      ? await this.documents.findByNoticeNo(documentNo)
      : await this.issueDocument(view, undefined, `notice:${view.state.notice!.issuedAt}`);
    if (!document) throw new NotFoundException(`notice ${documentNo} not found`);
    return { case: view, notice: summary(document) };
  }

  async list(caseNumber: string, user: AuthenticatedUser): Promise<NoticeDocumentSummary[]> {
    await this.reads.locateFor(caseNumber, user); // 404 unknown or out of scope
    return (await this.documents.findByCase(caseNumber)).map(summary);
  }

  /** The PDF in force: the latest issue (a reissue replaces its predecessor). */
  async current(caseNumber: string, user: AuthenticatedUser): Promise<NoticeDocument> {
    await this.reads.locateFor(caseNumber, user); // 404 unknown or out of scope
    const all = await this.documents.findByCase(caseNumber);
    if (all.length === 0)
      throw new NotFoundException(`case ${caseNumber} has no rectification notice yet`);
    return all[all.length - 1];
  }

  /** A new numbered document replacing the one in force (lost, damaged, or misprinted). */
  async reissue(
    caseNumber: string,
    user: AuthenticatedUser,
    idempotencyKey: string | undefined,
  ): Promise<NoticeDocumentSummary> {
    const current = await this.current(caseNumber, user);
    const view = await this.actions.view(caseNumber);
    try {
      const document = await this.issueDocument(
        view,
        current.noticeNo,
        idempotencyKey ? `reissue:${idempotencyKey}` : undefined,
      );
      return summary(document);
    } catch (error) {
      if (error instanceof NoticeIssueRefused) throw new ConflictException(error.message);
      throw error;
    }
  }

  /** A notice by its number; one of a case outside the user's scope is as unknown as a missing one. */
  async byNumber(noticeNo: string, user: AuthenticatedUser): Promise<NoticeDocument> {
    const document = await this.documents.findByNoticeNo(noticeNo);
    if (!document) throw new NotFoundException(`notice ${noticeNo} not found`);
    try {
      await this.reads.locateFor(document.caseNumber, user);
    } catch (error) {
      if (error instanceof NotFoundException)
        throw new NotFoundException(`notice ${noticeNo} not found`);
      throw error;
    }
    return document;
  }

  /** Numbered now, by this server's clock; a reissue bears today's date. */
  private issueDocument(
    view: CaseView,
    replacesNoticeNo: string | undefined,
    idempotencyKey: string | undefined,
  ) {
    const now = new Date().toISOString();
    const request = noticeDocumentRequest(view.state);
    const issuedAt = replacesNoticeNo ? now : request.issuedAt;
    const content = rectificationNoticeContent(
      { ...request, issuedAt },
      this.config.notices.issuer,
      replacesNoticeNo,
    );
    return this.documents.issue({
      caseNumber: request.caseNumber,
      issuedAt,
      numberedAt: now,
      content,
      replacesNoticeNo,
      idempotencyKey,
      render: (noticeNo) => renderRectificationNotice({ ...content, noticeNo }),
    });
  }
}

function summary(document: NoticeDocument): NoticeDocumentSummary {
  const rest: Omit<NoticeDocument, 'pdf'> & { pdf?: Buffer } = { ...document };
  delete rest.pdf;
  return { ...rest, documentUrl: `/notices/${encodeURIComponent(document.noticeNo)}.pdf` };
}
