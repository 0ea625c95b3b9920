import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { Observable, Subject, filter } from 'rxjs';
import { AppConfig } from '@firecase/config';
import { INBOX_CHANNEL } from '@firecase/persistence';

/**
 * Wakes the bells: one PostgreSQL connection per API process LISTENs on the inbox channel the
 * dispatcher notifies (in the transaction that creates an in-app delivery, so a wake-up always
 * finds its item). Opened at the first subscriber; reopened after an error.
 */
@Injectable()
export class InboxEventsService implements OnApplicationShutdown {
  private readonly logger = new Logger(InboxEventsService.name);
  private readonly userIds = new Subject<string>();
  private listener?: Promise<Client>;

  constructor(private readonly config: AppConfig) {}

  /** Emits each time a new in-app item lands for the user. */
  forUser(userId: string): Observable<string> {
    void this.listen();
    return this.userIds.pipe(filter((id) => id === userId));
  }

  async onApplicationShutdown(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    await (await listener?.catch(() => undefined))?.end().catch(() => undefined);
  }

  private listen(): Promise<Client> {
    this.listener ??= (async () => {
      const client = new Client({
        connectionString: this.config.database.url,
        ssl: this.config.database.ssl || undefined,
      });
      client.on('notification', (message) => {
        if (message.channel === INBOX_CHANNEL && message.payload)
          this.userIds.next(message.payload);
      });
      client.on('error', (error) => {
        this.logger.warn(`inbox listener lost: ${error.message}`);
        this.listener = undefined;
      });
      await client.connect();
      await client.query(`LISTEN ${INBOX_CHANNEL}`);
      return client;
    })().catch((error: unknown) => {
      this.listener = undefined;
      throw error;
    });
    return this.listener;
  }
}
