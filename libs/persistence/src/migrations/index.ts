import { CreateHazardCase1764352800000 } from './1764352800000-create-hazard-case';
import { CreateCaseNotification1764356400000 } from './1764356400000-create-case-notification';
import { CreateAuditEvent1764360000000 } from './1764360000000-create-audit-event';
import { CreateNoticeDocument1764363600000 } from './1764363600000-create-notice-document';
import { CreateCaseOpening1764367200000 } from './1764367200000-create-case-opening';
import { CreateEvidence1764370800000 } from './1764370800000-create-evidence';
import { CreateLedgerIndexes1764374400000 } from './1764374400000-create-ledger-indexes';
import { CreateOrganisationAndUsers1764381600000 } from './1764381600000-create-organisation-and-users';
import { CreateLoginFailureAndAccessLog1764385200000 } from './1764385200000-create-login-failure-and-access-log';
import { AddEvidenceUploaderDepartment1764388800000 } from './1764388800000-add-evidence-uploader-department';
import { CreateCampaign1764900000000 } from './1764900000000-create-campaign';
import { CreateUnitSupervision1764900000001 } from './1764900000001-create-unit-supervision';
import { CreateCaseTallies1764900000002 } from './1764900000002-create-case-tallies';
import { CreateProgressReport1764900000003 } from './1764900000003-create-progress-report';

/** Every migration, oldest first. Append only: a committed migration is never rewritten. */
export const MIGRATIONS = [
  CreateHazardCase1764352800000,
  CreateCaseNotification1764356400000,
  CreateAuditEvent1764360000000,
  CreateNoticeDocument1764363600000,
  CreateCaseOpening1764367200000,
  CreateEvidence1764370800000,
  CreateLedgerIndexes1764374400000,
  CreateOrganisationAndUsers1764381600000,
  CreateLoginFailureAndAccessLog1764385200000,
  AddEvidenceUploaderDepartment1764388800000,
  CreateCampaign1764900000000,
  CreateUnitSupervision1764900000001,
  CreateCaseTallies1764900000002,
  CreateProgressReport1764900000003,
];
