import { CaseNotificationEntity } from './case-notification.entity';
import { HazardCaseEntity } from './hazard-case.entity';

export { CaseNotificationEntity, HazardCaseEntity };

export const ENTITIES = [HazardCaseEntity, CaseNotificationEntity];
