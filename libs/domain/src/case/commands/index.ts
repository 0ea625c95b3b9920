import type { CaseCommandModule } from '../command-module';
import type { CaseCommandType } from '../commands';
import { closeCase } from './close-case.command';
import { grantExtension } from './grant-extension.command';
import { issueCriticism } from './issue-criticism.command';
import { issueNotice } from './issue-notice.command';
import { migrateRules } from './migrate-rules.command';
import { reassignOfficer } from './reassign-officer.command';
import { recordInterimMeasures } from './record-interim-measures.command';
import { recordInterview } from './record-interview.command';
import { recordPatrol } from './record-patrol.command';
import { recordReinspection } from './record-reinspection.command';
import { referToEnforcement } from './refer-to-enforcement.command';
import { rejectExtension } from './reject-extension.command';
import { reportRectification } from './report-rectification.command';
import { requestExtension } from './request-extension.command';
import { scheduleInterview } from './schedule-interview.command';
import { serveNotice } from './serve-notice.command';
import { voidCase } from './void-case.command';

export { assignedOfficerOf } from './reassign-officer.command';

/** Every lifecycle command by name; the workflow and the permission matrix read this. */
export const COMMAND_MODULES: { readonly [K in CaseCommandType]: CaseCommandModule<K> } = {
  issueNotice,
  serveNotice,
  recordInterimMeasures,
  recordPatrol,
  reportRectification,
  recordReinspection,
  requestExtension,
  grantExtension,
  rejectExtension,
  scheduleInterview,
  recordInterview,
  issueCriticism,
  referToEnforcement,
  closeCase,
  voidCase,
  reassignOfficer,
  migrateRules,
};
