import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { AppConfig } from '@firecase/config';

/** Reports Temporal up when its frontend answers GetSystemInfo within the timeout. */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    private readonly client: Client,
    private readonly health: HealthIndicatorService,
    private readonly config: AppConfig,
  ) {}

  async check(key: string, timeoutMs: number) {
    const indicator = this.health.check(key);
    try {
      await this.client.connection.withDeadline(Date.now() + timeoutMs, () =>
        this.client.workflowService.getSystemInfo({}),
      );
      return indicator.up({ address: this.addressOf() });
    } catch (error) {
      return indicator.down({
        address: this.addressOf(),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private addressOf(): string {
    return this.config.temporal.address;
  }
}
