import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type UserRole = 'officer' | 'supervisor' | 'auditor' | 'administrator';

/** A user as the api sees it: never the password hash (that stays in `UserCredentials`). */
export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRole;
  /** null for auditors and administrators. */
  readonly departmentCode: string | null;
  /** The communities (村/社区) an officer covers besides their department's cases. */
  readonly communityCodes: readonly string[];
  readonly disabled: boolean;
  readonly tokenVersion: number;
  readonly createdAt: string;
  /** 手机号码 (mainland mobile, 11 digits) for SMS; null until an administrator sets it. */
  readonly mobilePhone: string | null;
  readonly email: string | null;
}

export interface UserCredentials {
  readonly user: UserRecord;
  readonly passwordHash: string;
}

export interface UserToCreate {
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly departmentCode: string | null;
  readonly communityCodes: readonly string[];
  readonly passwordHash: string;
}

const COLUMNS = `id, username, display_name, role, department_code, community_codes, disabled,
                 token_version, created_at, mobile_phone, email`;

/** The app_user table; bound parameters only. */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the user, or returns undefined when the username is taken. */
  async create(
    user: UserToCreate,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserRecord | undefined> {
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO app_user (username, display_name, role, department_code, community_codes, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (username) DO NOTHING RETURNING ${COLUMNS}`,
      [
        user.username,
        user.displayName,
        user.role,
        user.departmentCode,
        [...user.communityCodes],
        user.passwordHash,
      ],
    );
    return rows.length ? toUser(rows[0]) : undefined;
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    if (!isUuid(id)) return undefined;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM app_user WHERE id = $1`,
      [id],
    );
    return rows.length ? toUser(rows[0]) : undefined;
  }

  async findByUsername(username: string): Promise<UserRecord | undefined> {
    return (await this.credentials(username))?.user;
  }

  async credentials(username: string): Promise<UserCredentials | undefined> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, password_hash FROM app_user WHERE username = $1`,
      [username],
    );
    return rows.length
      ? { user: toUser(rows[0]), passwordHash: rows[0].password_hash as string }
      : undefined;
  }

  async list(): Promise<UserRecord[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM app_user ORDER BY username`,
    );
    return rows.map(toUser);
  }

  /** Disabling or enabling bumps the token version: every access token issued so far stops. */
  async setDisabled(
    id: string,
    disabled: boolean,
    manager?: EntityManager,
  ): Promise<UserRecord | undefined> {
    return this.update(id, 'disabled = $2, token_version = token_version + 1', [disabled], manager);
  }

  async setPasswordHash(
    id: string,
    passwordHash: string,
    manager?: EntityManager,
  ): Promise<UserRecord | undefined> {
    return this.update(
      id,
      'password_hash = $2, token_version = token_version + 1',
      [passwordHash],
      manager,
    );
  }

  /** Name, role, department and communities; the guard reads them per request, so at once. */
  async updateProfile(
    id: string,
    profile: Pick<UserRecord, 'displayName' | 'role' | 'departmentCode' | 'communityCodes'>,
    manager?: EntityManager,
  ): Promise<UserRecord | undefined> {
    return this.update(
      id,
      'display_name = $2, role = $3, department_code = $4, community_codes = $5',
      [profile.displayName, profile.role, profile.departmentCode, [...profile.communityCodes]],
      manager,
    );
  }

  /** Sets the contact details notifications reach the user at; null clears one. */
  async setContact(
    id: string,
    contact: { readonly mobilePhone: string | null; readonly email: string | null },
  ): Promise<UserRecord | undefined> {
    return this.update(id, 'mobile_phone = $2, email = $3', [contact.mobilePhone, contact.email]);
  }

  async bumpTokenVersion(id: string): Promise<UserRecord | undefined> {
    return this.update(id, 'token_version = token_version + 1', []);
  }

  private async update(
    id: string,
    set: string,
    params: unknown[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserRecord | undefined> {
    if (!isUuid(id)) return undefined;
    const [rows]: [Record<string, unknown>[], number] = await manager.query(
      `UPDATE app_user SET ${set} WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, ...params],
    );
    return rows.length ? toUser(rows[0]) : undefined;
  }
}

export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

function toUser(row: Record<string, unknown>): UserRecord {
  return {
    id: row.id as string,
    username: row.username as string,
    displayName: row.display_name as string,
    role: row.role as UserRole,
    departmentCode: (row.department_code as string | null) ?? null,
    communityCodes: (row.community_codes as string[] | null) ?? [],
    disabled: row.disabled as boolean,
    tokenVersion: row.token_version as number,
    createdAt: (row.created_at as Date).toISOString(),
    mobilePhone: (row.mobile_phone as string | null) ?? null,
    email: (row.email as string | null) ?? null,
  };
}
