import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '@firecase/config';
import { DEFAULT_NOTIFICATION_POLICY } from '@firecase/notifications';
import { temporalConnectionOptions } from '@firecase/temporal';
import { ensureDigestSchedule } from './digest-schedule';

const RETRY_MS = 60_000;

/**
 * Creates or updates the daily digest Schedule when the worker starts (DIGEST_SCHEDULE=false:
 * not), without holding up the worker: a dev server restarted on its old data answered
 * "Failed to describe schedule" after 30 s while the worker waited to poll; it keeps trying.
 */
@Injectable()
export class DigestScheduleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('digest');
  private retry?: NodeJS.Timeout;

  constructor(private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    if (this.config.notifications.digestSchedule) void this.install();
  }

  onApplicationShutdown(): void {
    if (this.retry) clearTimeout(this.retry);
  }

  private async install(): Promise<void> {
    const connection = await Connection.connect(
      temporalConnectionOptions(this.config.temporal),
    ).catch((error: unknown) => this.later(error));
    if (!connection) return;
    try {
      const client = new Client({ connection, namespace: this.config.temporal.namespace });
      const outcome = await ensureDigestSchedule(client, DEFAULT_NOTIFICATION_POLICY);
      this.logger.log(
        `daily digest (每日待办) schedule ${outcome}: ${DEFAULT_NOTIFICATION_POLICY.digest.at} Asia/Shanghai on working days`,
      );
    } catch (error) {
      this.later(error);
    } finally {
      await connection.close();
    }
  }

  private later(error: unknown): undefined {
    this.logger.warn(
      `daily digest schedule not set yet (trying again in ${RETRY_MS / 1000} s): ${error instanceof Error ? error.message : String(error)}`,
    );
    this.retry = setTimeout(() => void this.install(), RETRY_MS);
    this.retry.unref();
    return undefined;
  }
}
