import { AuditEventEntity } from './audit-event.entity';
import { CaseNotificationEntity } from './case-notification.entity';
import { HazardCaseEntity } from './hazard-case.entity';
import { NoticeDocumentEntity } from './notice-document.entity';

export { AuditEventEntity, CaseNotificationEntity, HazardCaseEntity, NoticeDocumentEntity };

export const ENTITIES = [
  HazardCaseEntity,
  CaseNotificationEntity,
  AuditEventEntity,
  NoticeDocumentEntity,
];
