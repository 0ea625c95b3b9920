import { type CaseState, departmentLabel, hazardTypeLabel, RUNG_LABELS } from '@firecase/domain';
import { beijingTime } from './beijing-time';
import type { TemplateParams } from './notification-templates';

type CaseForParams = Pick<CaseState, 'caseNumber' | 'discovery' | 'deadlineAt'> &
  Partial<Pick<CaseState, 'rungs' | 'extensions' | 'reinspections'>>;

/**
 * The named parameters a case gives its templates. The notification's own params (set when it
 * was raised) win over the case's, since the read model may lag the workflow by one revision.
 */
export function caseTemplateParams(
  state: CaseForParams,
  params: Readonly<Record<string, string>> = {},
): TemplateParams {
  const deadlineAt = params.deadlineAt ?? state.deadlineAt;
  return {
    caseNumber: state.caseNumber,
    address: state.discovery.location.address,
    hazard: hazardTypeLabel(state.discovery.hazardType),
    office: departmentLabel(state.discovery.department),
    party: state.discovery.responsibleParty.name,
    ...(deadlineAt ? { deadline: beijingTime(deadlineAt) } : {}),
    ...fromCaseRecord(state),
    ...stringParams(params),
    ...(params.rungKind
      ? { rung: RUNG_LABELS[params.rungKind as keyof typeof RUNG_LABELS] ?? params.rungKind }
      : {}),
    ...(params.interviewAt ? { interviewAt: beijingTime(params.interviewAt) } : {}),
  };
}

/** What the case's own record says, for notifications raised without these params. */
function fromCaseRecord(state: CaseForParams): TemplateParams {
  const interview = [...(state.rungs ?? [])]
    .reverse()
    .find((r) => r.kind === 'interview' && r.scheduled);
  const extension = state.extensions?.at(-1);
  const reinspection = state.reinspections?.at(-1);
  const reason = extension?.granted?.reason ?? extension?.requestReason;
  return {
    ...(interview?.scheduled
      ? {
          interviewAt: beijingTime(interview.scheduled.at),
          location: interview.scheduled.location,
          interviewee: interview.scheduled.interviewee,
        }
      : {}),
    ...(reason ? { reason } : {}),
    ...(reinspection ? { findings: reinspection.findings } : {}),
  };
}

/** The notification's params that are template parameters as they stand (not ISO instants or ids). */
const RAW_PARAMS = new Set(['deadlineAt', 'rungKind', 'officerUserId', 'interviewAt']);

function stringParams(params: Readonly<Record<string, string>>): TemplateParams {
  return Object.fromEntries(Object.entries(params).filter(([name]) => !RAW_PARAMS.has(name)));
}
