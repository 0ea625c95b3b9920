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
import { CreateStatutoryCalendar1764400000000 } from './1764400000000-create-statutory-calendar';
import { CreateLedgerTextSearch1764500000000 } from './1764500000000-create-ledger-text-search';
import { CreateCaseImportJob1764500100000 } from './1764500100000-create-case-import-job';
import { GrantApplicationRole1764600000000 } from './1764600000000-grant-application-role';
import { CreateAuditSealAndHead1764600100000 } from './1764600100000-create-audit-seal-and-head';
import { CreateAdminLogAndIndexAccessLog1764600200000 } from './1764600200000-create-admin-log-and-index-access-log';
import { CreateLoginKnownAddress1764600300000 } from './1764600300000-create-login-known-address';
import { CreateCaseActionRequest1764700000000 } from './1764700000000-create-case-action-request';
import { SplitEvidenceContent1764700100000 } from './1764700100000-split-evidence-content';
import { CreateNotificationDelivery1764800000000 } from './1764800000000-create-notification-delivery';
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
  CreateStatutoryCalendar1764400000000,
  CreateLedgerTextSearch1764500000000,
  CreateCaseImportJob1764500100000,
  GrantApplicationRole1764600000000,
  CreateAuditSealAndHead1764600100000,
  CreateAdminLogAndIndexAccessLog1764600200000,
  CreateLoginKnownAddress1764600300000,
  CreateCaseActionRequest1764700000000,
  SplitEvidenceContent1764700100000,
  CreateNotificationDelivery1764800000000,
  CreateCampaign1764900000000,
  CreateUnitSupervision1764900000001,
  CreateCaseTallies1764900000002,
  CreateProgressReport1764900000003,
];
