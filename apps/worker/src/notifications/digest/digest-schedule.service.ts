import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '@firecase/config';
import { DEFAULT_NOTIFICATION_POLICY } from '@firecase/notifications';
import { temporalConnectionOptions } from '@firecase/temporal';
import { ensureDigestSchedule } from './digest-schedule';

/** Creates or updates the daily digest Schedule when the worker starts (DIGEST_SCHEDULE=false: not). */
@Injectable()
export class DigestScheduleService implements OnApplicationBootstrap {
  private readonly logger = new Logger('digest');

  constructor(private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.notifications.digestSchedule) return;
    const connection = await Connection.connect(temporalConnectionOptions(this.config.temporal));
    try {
      const client = new Client({ connection, namespace: this.config.temporal.namespace });
      const outcome = await ensureDigestSchedule(client, DEFAULT_NOTIFICATION_POLICY);
      this.logger.log(
        `daily digest (每日待办) schedule ${outcome}: ${DEFAULT_NOTIFICATION_POLICY.digest.at} Asia/Shanghai on working days`,
      );
    } catch (error) {
      // The worker still serves cases; the next boot tries again.
      this.logger.warn(
        `daily digest schedule not set: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      await connection.close();
    }
  }
}
