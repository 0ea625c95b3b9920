// Each lifecycle action is one typed call of the generated client: path and body are checked
// against the OpenAPI document.
import type { CaseCommandType } from '@firecase/domain';
import { api, ok } from '../../api/client';
import type { CaseView } from '../../api/types';
import type { UploadedPhoto } from '../../shared/evidence-upload';

export type ActionValues = Record<string, unknown> & { photos?: UploadedPhoto[] };

const text = (values: ActionValues, key: string) => {
  const value = values[key];
  return typeof value === 'string' ? value.trim() : '';
};
const evidence = (values: ActionValues) =>
  (values.photos ?? []).map((p) => ({ evidenceId: p.metadata.evidenceId }));
const optional = (value: string) => (value === '' ? undefined : value);

/**
 * Sends one action. The Idempotency-Key makes a resend safe (a phone that lost the answer, a 503
 * that says to send again): the API records the action once and answers as the first time.
 */
export async function sendAction(
  caseNumber: string,
  type: CaseCommandType,
  values: ActionValues,
  idempotencyKey: string,
): Promise<unknown> {
  const path = { caseNumber };
  const header = { 'Idempotency-Key': idempotencyKey };
  switch (type) {
    case 'issueNotice':
      return ok<unknown>(
        api.POST('/cases/{caseNumber}/notice', {
          params: { path, header },
          body: {
            requirements: text(values, 'requirements'),
            issuedAt: optional(text(values, 'issuedAt')),
          },
        }),
      );
    case 'serveNotice':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/notice/service', {
          params: { path, header },
          body: {
            method: text(values, 'method') as 'in_person',
            recipient: text(values, 'recipient'),
            servedAt: optional(text(values, 'servedAt')),
            evidence: evidence(values),
          },
        }),
      );
    case 'recordInterimMeasures':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/interim-measures', {
          params: { path, header },
          body: {
            measures: text(values, 'measures')
              .split('\n')
              .map((m) => m.trim())
              .filter(Boolean),
            evidence: evidence(values),
          },
        }),
      );
    case 'recordPatrol':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/patrols', {
          params: { path, header },
          body: {
            measuresInPlace: values.measuresInPlace === true,
            note: optional(text(values, 'note')),
            evidence: evidence(values),
          },
        }),
      );
    case 'reportRectification':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/rectification-reports', {
          params: { path, header },
          body: { note: text(values, 'note'), evidence: evidence(values) },
        }),
      );
    case 'recordReinspection':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/reinspections', {
          params: { path, header },
          body: {
            passed: values.passed === true,
            findings: text(values, 'findings'),
            evidence: evidence(values),
          },
        }),
      );
    case 'requestExtension':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/extension-requests', {
          params: { path, header },
          body: { reason: text(values, 'reason') },
        }),
      );
    case 'grantExtension':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/extensions', {
          params: { path, header },
          body: {
            reason: text(values, 'reason'),
            newDeadlineDate: text(values, 'newDeadlineDate'),
          },
        }),
      );
    case 'rejectExtension':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/extension-requests/rejection', {
          params: { path, header },
          body: { reason: text(values, 'reason') },
        }),
      );
    case 'scheduleInterview':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/interviews', {
          params: { path, header },
          body: {
            at: text(values, 'at'),
            location: text(values, 'location'),
            interviewee: text(values, 'interviewee'),
          },
        }),
      );
    case 'recordInterview':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/interviews/outcome', {
          params: { path, header },
          body: {
            summary: text(values, 'summary'),
            committedDate: text(values, 'committedDate'),
            evidence: evidence(values),
          },
        }),
      );
    case 'issueCriticism':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/criticism', {
          params: { path, header },
          body: { summary: text(values, 'summary'), evidence: evidence(values) },
        }),
      );
    case 'referToEnforcement':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/referral', {
          params: { path, header },
          body: {
            agency: text(values, 'agency'),
            summary: text(values, 'summary'),
            evidence: evidence(values),
          },
        }),
      );
    case 'closeCase':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/closure', {
          params: { path, header },
          body: { note: text(values, 'note'), evidence: evidence(values) },
        }),
      );
    case 'voidCase':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/void', {
          params: { path, header },
          body: { reason: text(values, 'reason') },
        }),
      );
    case 'reassignOfficer':
      return ok<CaseView>(
        api.POST('/cases/{caseNumber}/officer', {
          params: { path, header },
          body: { userId: text(values, 'officer'), reason: text(values, 'reason') },
        }),
      );
    default:
      throw new Error(`no form for ${String(type)}`);
  }
}
