import type { NoticeActivities } from '@firecase/contract';
import { rectificationNoticeContent, renderRectificationNotice } from '@firecase/notices';
import type { NoticeDocumentRepository } from '@firecase/persistence';

/**
 * 整改通知书 issued with the update that issues it: numbered by the worker's clock (the year of
 * the series is the server's, never a date a client entered), rendered here rather than on the
 * API's event loop, stored locked. The key is the notice's own, so a retry (or an older API
 * making up a missing document) answers the same number.
 */
export function createNoticeActivities({
  documents,
  issuer,
}: {
  readonly documents: Pick<NoticeDocumentRepository, 'issue'>;
  readonly issuer: string;
}): NoticeActivities {
  return {
    async issueNoticeDocument(request) {
      const content = rectificationNoticeContent(request, issuer);
      const document = await documents.issue({
        caseNumber: request.caseNumber,
        issuedAt: request.issuedAt,
        numberedAt: new Date().toISOString(),
        content,
        idempotencyKey: `notice:${request.issuedAt}`,
        render: (noticeNo) => renderRectificationNotice({ ...content, noticeNo }),
      });
      return { noticeNo: document.noticeNo };
    },
  };
}
