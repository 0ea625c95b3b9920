import { Injectable } from '@nestjs/common';
import { AccessLogRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/**
 * Auditors read every case, so what they read is written down (who, what, when) in the
 * append-only access log; officers' and supervisors' own work is in the audit trail already.
 */
@Injectable()
export class AccessLogService {
  constructor(private readonly log: AccessLogRepository) {}

  async recordRead(user: AuthenticatedUser, action: string, subject: string): Promise<void> {
    if (user.role !== 'auditor') return;
    await this.log.append({
      userId: user.id,
      username: user.username,
      role: user.role,
      action,
      subject,
    });
  }
}
