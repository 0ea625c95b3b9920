import type { CaseState } from './case-state';
import type { ResponsibleParty } from './discovery';

/**
 * What the rectification notice (整改通知书) prints, as the workflow hands it to the activity
 * that numbers, renders and stores it while the issuing update waits: issuing is one step.
 */
export interface NoticeDocumentRequest {
  readonly caseNumber: string;
  readonly issuedAt: string;
  readonly requirements: string;
  readonly deadlineAt: string;
  readonly interimMeasuresRequired: boolean;
  readonly responsibleParty: ResponsibleParty;
  readonly address: string;
  /** The catalogue's code; the document prints its Chinese name. */
  readonly hazardType: string;
  readonly hazardDescription: string;
}

export function noticeDocumentRequest(state: CaseState): NoticeDocumentRequest {
  const notice = state.notice!;
  const { discovery } = state;
  return {
    caseNumber: state.caseNumber,
    issuedAt: notice.issuedAt,
    requirements: notice.requirements,
    deadlineAt: state.deadlineAt!,
    interimMeasuresRequired: state.interim?.required ?? false,
    responsibleParty: discovery.responsibleParty,
    address: discovery.location.address,
    hazardType: discovery.hazardType,
    hazardDescription: discovery.description,
  };
}

/** The issued document's number, kept with the notice; a new revision, so it is published. */
export function recordNoticeDocument(state: CaseState, noticeNo: string): void {
  state.notice!.documentNo = noticeNo;
  state.revision += 1;
}
