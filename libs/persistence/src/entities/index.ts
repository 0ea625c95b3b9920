import { HazardCaseEntity } from './hazard-case.entity';

export { HazardCaseEntity };

export const ENTITIES = [HazardCaseEntity];
