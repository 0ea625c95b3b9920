import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import {
  OrganisationRepository,
  RefreshTokenRepository,
  type UserRecord,
  UserRepository,
} from '@firecase/persistence';
import { hashPassword } from '../auth/password-hasher';
import type { CreateUserDto } from './dto/create-user.dto';

/** Users as administrators manage them; answers never carry a password hash. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly organisation: OrganisationRepository,
  ) {}

  async create(dto: CreateUserDto): Promise<UserRecord> {
    const belongsToDepartment = dto.role === 'officer' || dto.role === 'supervisor';
    if (belongsToDepartment !== (dto.departmentCode !== undefined)) {
      throw new BadRequestException(
        belongsToDepartment
          ? `a ${dto.role} needs a departmentCode`
          : `a ${dto.role} belongs to no department`,
      );
    }
    if (dto.role !== 'officer' && (dto.communityCodes ?? []).length > 0) {
      throw new BadRequestException('only officers cover communities');
    }
    if (dto.departmentCode && !(await this.organisation.departmentExists(dto.departmentCode))) {
      throw new BadRequestException(`department ${dto.departmentCode} is not set up yet`);
    }
    const missing = await this.organisation.missingCommunities(dto.communityCodes ?? []);
    if (missing.length > 0)
      throw new BadRequestException(`unknown communities: ${missing.join(', ')}`);
    const user = await this.users.create({
      username: dto.username,
      displayName: dto.displayName,
      role: dto.role,
      departmentCode: dto.departmentCode ?? null,
      communityCodes: dto.communityCodes ?? [],
      passwordHash: await hashPassword(dto.password),
    });
    if (!user) throw new ConflictException(`username ${dto.username} is taken`);
    return user;
  }

  list(): Promise<UserRecord[]> {
    return this.users.list();
  }

  /** Disabling voids the user's access tokens at once (token version) and their refresh tokens. */
  async setDisabled(id: string, disabled: boolean): Promise<UserRecord> {
    const user = await this.found(this.users.setDisabled(id, disabled), id);
    if (disabled) await this.refreshTokens.revokeAllOf(user.id);
    return user;
  }

  async resetPassword(id: string, password: string): Promise<UserRecord> {
    const user = await this.found(this.users.setPasswordHash(id, await hashPassword(password)), id);
    await this.refreshTokens.revokeAllOf(user.id);
    return user;
  }

  private async found(pending: Promise<UserRecord | undefined>, id: string) {
    const user = await pending;
    if (!user) throw new NotFoundException(`user ${id} not found`);
    return user;
  }
}
