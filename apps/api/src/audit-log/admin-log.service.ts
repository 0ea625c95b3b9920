import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AdminAction } from '@firecase/domain';
import { AdminLogRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** What an administrative action was done to. */
export interface AdminTarget {
  readonly kind: 'user' | 'department' | 'community' | 'calendar_year' | 'policy' | 'case';
  readonly id: string;
}

/**
 * The admin log (管理操作日志): every administrative action, by whom, on what, with what changed.
 * Call `recordAdminAction` after the change succeeded, passing the change's transaction manager
 * when there is one so that the change and its entry commit together.
 */
@Injectable()
export class AdminLogService {
  constructor(private readonly log: AdminLogRepository) {}

  async recordAdminAction(
    actor: AuthenticatedUser,
    action: AdminAction,
    target: AdminTarget,
    detail?: Readonly<Record<string, unknown>>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.log.append(
      {
        actorId: actor.id,
        actorUsername: actor.username,
        actorRole: actor.role,
        action,
        targetKind: target.kind,
        targetId: target.id,
        detail: detail ?? null,
      },
      manager,
    );
  }
}
