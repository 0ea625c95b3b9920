import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface LoginFailureCounts {
  readonly byUsername: number;
  readonly byClientIp: number;
  /** When the oldest failure in the window leaves it, for Retry-After; null with no failures. */
  readonly oldestAt: Date | null;
}

/** Failed logins in PostgreSQL, so that every api replica counts the same failures. */
@Injectable()
export class LoginFailureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a failure and drops this name's and client's failures older than a day. */
  async record(username: string, clientIp: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO login_failure (username, client_ip) VALUES ($1, $2)`, [
      username,
      clientIp,
    ]);
    // Only recent failures count: keeps the table from growing under a guessing attack.
    await this.dataSource.query(
      `DELETE FROM login_failure
        WHERE (username = $1 OR client_ip = $2) AND failed_at < now() - interval '1 day'`,
      [username, clientIp],
    );
  }

  async count(
    username: string,
    clientIp: string,
    windowSeconds: number,
  ): Promise<LoginFailureCounts> {
    const [row]: { by_username: string; by_ip: string; oldest: Date | null }[] =
      await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE username = $1) AS by_username,
                count(*) FILTER (WHERE client_ip = $2) AS by_ip,
                min(failed_at) AS oldest
           FROM login_failure
          WHERE (username = $1 OR client_ip = $2)
            AND failed_at > now() - make_interval(secs => $3)`,
        [username, clientIp, windowSeconds],
      );
    return {
      byUsername: Number(row.by_username),
      byClientIp: Number(row.by_ip),
      oldestAt: row.oldest,
    };
  }

  /** A successful login forgives the user name's failures (not the client's). */
  async clearUsername(username: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failure WHERE username = $1`, [username]);
  }
}
