import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  LoginFailureRepository,
  OrganisationRepository,
  RefreshTokenRepository,
  type UserRecord,
  UserRepository,
} from '@firecase/persistence';
import { AdminLogService } from '../audit-log/admin-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { hashPassword } from '../auth/password-hasher';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import { checkUserProfile, profileChanges, type UserProfile } from './user-profile';

/**
 * Users as administrators manage them; answers never carry a password hash. Every change and
 * its admin-log entry commit in one transaction: none happens unrecorded.
 */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly organisation: OrganisationRepository,
    private readonly loginFailures: LoginFailureRepository,
    private readonly adminLog: AdminLogService,
  ) {}

  async create(dto: CreateUserDto, actor: AuthenticatedUser): Promise<UserRecord> {
    const profile: UserProfile = {
      displayName: dto.displayName,
      role: dto.role,
      departmentCode: dto.departmentCode ?? null,
      communityCodes: dto.communityCodes ?? [],
    };
    await this.checkProfile(profile);
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.create(
        { username: dto.username, ...profile, passwordHash },
        manager,
      );
      if (!user) throw new ConflictException(`username ${dto.username} is taken`);
      await this.log(actor, 'user.created', user, { username: user.username, ...profile }, manager);
      return user;
    });
  }

  list(): Promise<UserRecord[]> {
    return this.users.list();
  }

  /** Name, role, department, communities: each kind of change is its own admin-log entry. */
  async update(id: string, dto: UpdateUserDto, actor: AuthenticatedUser): Promise<UserRecord> {
    const current = await this.found(this.users.findById(id), id);
    const next: UserProfile = {
      displayName: dto.displayName ?? current.displayName,
      role: dto.role ?? current.role,
      departmentCode:
        dto.departmentCode === undefined ? current.departmentCode : dto.departmentCode,
      communityCodes: dto.communityCodes ?? current.communityCodes,
    };
    await this.checkProfile(next);
    const changes = profileChanges(current, next);
    if (changes.length === 0) return current;
    return this.dataSource.transaction(async (manager) => {
      const user = await this.found(this.users.updateProfile(id, next, manager), id);
      for (const change of changes) {
        await this.log(actor, change.action, user, { from: change.from, to: change.to }, manager);
      }
      return user;
    });
  }

  /** Disabling voids the user's access tokens at once (token version) and their refresh tokens. */
  async setDisabled(id: string, disabled: boolean, actor: AuthenticatedUser): Promise<UserRecord> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.found(this.users.setDisabled(id, disabled, manager), id);
      if (disabled) await this.refreshTokens.revokeAllOf(user.id, manager);
      await this.log(actor, disabled ? 'user.disabled' : 'user.enabled', user, null, manager);
      return user;
    });
  }

  async resetPassword(id: string, password: string, actor: AuthenticatedUser): Promise<UserRecord> {
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.found(this.users.setPasswordHash(id, passwordHash, manager), id);
      await this.refreshTokens.revokeAllOf(user.id, manager);
      // The user name's failed logins go too: a reset always lets the user in again.
      await this.loginFailures.clearUsername(user.username, manager);
      await this.log(actor, 'user.password_reset', user, null, manager);
      return user;
    });
  }

  private async checkProfile(profile: UserProfile): Promise<void> {
    checkUserProfile(profile);
    if (
      profile.departmentCode &&
      !(await this.organisation.departmentExists(profile.departmentCode))
    ) {
      throw new BadRequestException(
        `departmentCode: department ${profile.departmentCode} is not set up yet`,
      );
    }
    const missing = await this.organisation.missingCommunities(profile.communityCodes);
    if (missing.length > 0) {
      throw new BadRequestException(`communityCodes: unknown communities: ${missing.join(', ')}`);
    }
  }

  private log(
    actor: AuthenticatedUser,
    action: Parameters<AdminLogService['recordAdminAction']>[1],
    user: UserRecord,
    detail: Record<string, unknown> | null,
    manager: EntityManager,
  ) {
    return this.adminLog.recordAdminAction(
      actor,
      action,
      { kind: 'user', id: user.id },
      { username: user.username, ...detail },
      manager,
    );
  }

  private async found(pending: Promise<UserRecord | undefined>, id: string) {
    const user = await pending;
    if (!user) throw new NotFoundException(`user ${id} not found`);
    return user;
  }
}
