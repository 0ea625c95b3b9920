import { chinaDateOf, findHazardType, type NoticeDocumentRequest } from '@firecase/domain';
import type { RectificationNoticeContent } from './rectification-notice';

/** What the notice prints, from what the workflow hands over, under the office's name. */
export function rectificationNoticeContent(
  request: NoticeDocumentRequest,
  issuer: string,
  replacesNoticeNo?: string,
): RectificationNoticeContent {
  return {
    caseNumber: request.caseNumber,
    issuer,
    responsibleParty: request.responsibleParty,
    address: request.address,
    hazardType: findHazardType(request.hazardType)?.nameZh ?? request.hazardType,
    hazardDescription: request.hazardDescription,
    requirements: request.requirements,
    deadline: chinaDateOf(request.deadlineAt),
    interimMeasuresRequired: request.interimMeasuresRequired,
    issuedAt: request.issuedAt,
    ...(replacesNoticeNo ? { replacesNoticeNo } : {}),
  };
}
