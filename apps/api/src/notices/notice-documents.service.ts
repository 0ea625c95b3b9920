import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AppConfig } from '@firecase/config';
import type { CaseView } from '@firecase/contract';
import { chinaDateOf, findHazardType } from '@firecase/domain';
import { type RectificationNoticeContent, renderRectificationNotice } from '@firecase/notices';
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
 * 整改通知书: issuing a notice is a workflow update (it sets the deadline) followed by the
 * numbered, locked PDF. If the process dies between the two, asking for the document issues it
 * then, under the same idempotency key, so a notice never ends up without its document or with two.
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
    const document = await this.ensureDocument(view);
    return { case: view, notice: summary(document) };
  }

  async list(caseNumber: string, user: AuthenticatedUser): Promise<NoticeDocumentSummary[]> {
    // The record, or the running workflow when it is newer (a read right after the issue).
    const { view } = await this.reads.locateFor(caseNumber, user, 'freshest');
    if (view.state.notice) await this.ensureDocument(view);
    return (await this.documents.findByCase(caseNumber)).map(summary);
  }

  /** The PDF in force: the latest issue (a reissue replaces its predecessor). */
  async current(caseNumber: string, user: AuthenticatedUser): Promise<NoticeDocument> {
    // The record, or the running workflow when it is newer (a read right after the issue).
    const { view } = await this.reads.locateFor(caseNumber, user, 'freshest');
    if (!view.state.notice)
      throw new NotFoundException(`case ${caseNumber} has no rectification notice yet`);
    await this.ensureDocument(view);
    const all = await this.documents.findByCase(caseNumber);
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
    const issuedAt = new Date().toISOString();
    try {
      const document = await this.issueDocument(
        view,
        issuedAt,
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

  private async ensureDocument(view: CaseView): Promise<NoticeDocument> {
    const notice = view.state.notice!;
    return this.issueDocument(view, notice.issuedAt, undefined, `notice:${notice.issuedAt}`);
  }

  private issueDocument(
    view: CaseView,
    issuedAt: string,
    replacesNoticeNo: string | undefined,
    idempotencyKey: string | undefined,
  ) {
    const { state } = view;
    const content: RectificationNoticeContent = {
      caseNumber: state.caseNumber,
      issuer: this.config.notices.issuer,
      responsibleParty: state.discovery.responsibleParty,
      address: state.discovery.location.address,
      hazardType: findHazardType(state.discovery.hazardType)?.nameZh ?? state.discovery.hazardType,
      hazardDescription: state.discovery.description,
      requirements: state.notice!.requirements,
      deadline: chinaDateOf(state.deadlineAt!),
      interimMeasuresRequired: state.interim?.required ?? false,
      issuedAt,
      replacesNoticeNo,
    };
    return this.documents.issue({
      caseNumber: state.caseNumber,
      issuedAt,
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
