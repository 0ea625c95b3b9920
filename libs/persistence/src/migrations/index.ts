import { CreateHazardCase1764352800000 } from './1764352800000-create-hazard-case';
import { CreateCaseNotification1764356400000 } from './1764356400000-create-case-notification';

/** Every migration, oldest first. Append only: a committed migration is never rewritten. */
export const MIGRATIONS = [CreateHazardCase1764352800000, CreateCaseNotification1764356400000];
