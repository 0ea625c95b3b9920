export {
  type LoginAttempt,
  LoginFailureRepository,
  type LoginLimits,
} from './login-failure.repository';
export {
  type CommunityRecord,
  type DepartmentRecord,
  type GridRecord,
  OrganisationRepository,
} from './organisation.repository';
export { RefreshTokenRepository, type RefreshTokenUse } from './refresh-token.repository';
export {
  type UserCredentials,
  type UserRecord,
  UserRepository,
  type UserRole,
  type UserToCreate,
} from './user.repository';
