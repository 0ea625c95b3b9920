import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RecipientTarget } from '@firecase/notifications';

/** Whom a notification is addressed to (see @firecase/notifications). */
export type DirectoryTarget = RecipientTarget;

export interface Person {
  /** `user:<id>` or `phone:<number>`: part of each delivery's dedupe key. */
  readonly key: string;
  readonly userId?: string;
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Looks up the people behind recipient targets: enabled users only, each person once. */
@Injectable()
export class RecipientDirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(
    targets: readonly DirectoryTarget[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Person[]> {
    const people = new Map<string, Person>();
    for (const target of targets) {
      for (const person of await this.resolveOne(target, manager)) {
        if (!people.has(person.key)) people.set(person.key, person);
      }
    }
    return [...people.values()];
  }

  /** The (kind, channel) pairs each user switched off, for one kind. */
  async switchedOff(
    userIds: readonly string[],
    kind: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { user_id: string; channel: string }[] = await manager.query(
      `SELECT user_id, channel FROM notification_preference
        WHERE user_id = ANY($1::uuid[]) AND kind = $2 AND NOT enabled`,
      [[...userIds], kind],
    );
    return new Set(rows.map((row) => `${row.user_id}:${row.channel}`));
  }

  private async resolveOne(target: DirectoryTarget, manager: EntityManager): Promise<Person[]> {
    switch (target.type) {
      case 'phone':
        return [{ key: `phone:${target.phone}`, name: target.name, phone: target.phone }];
      case 'user':
        return UUID.test(target.userId) ? this.users(manager, 'u.id = $1', [target.userId]) : [];
      case 'department_role':
        return this.users(manager, 'u.department_code = $1 AND u.role = $2', [
          target.department,
          target.role,
        ]);
      case 'department_leader':
        return this.users(
          manager,
          'u.id = (SELECT leader_user_id FROM department WHERE code = $1)',
          [target.department],
        );
      case 'community_staff':
        return this.users(manager, `u.role = 'officer' AND $1 = ANY (u.community_codes)`, [
          target.community,
        ]);
    }
  }

  private async users(manager: EntityManager, where: string, params: unknown[]) {
    const rows: {
      id: string;
      display_name: string;
      mobile_phone: string | null;
      email: string | null;
    }[] = await manager.query(
      `SELECT u.id, u.display_name, u.mobile_phone, u.email FROM app_user u
          WHERE NOT u.disabled AND ${where} ORDER BY u.username`,
      params,
    );
    return rows.map((row): Person => ({
      key: `user:${row.id}`,
      userId: row.id,
      name: row.display_name,
      phone: row.mobile_phone ?? undefined,
      email: row.email ?? undefined,
    }));
  }
}
