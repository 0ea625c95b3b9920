import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** How many failed logins are allowed in the window, and for what. */
export interface LoginLimits {
  readonly windowSeconds: number;
  /** For one user name from one address. */
  readonly perNameAndAddress: number;
  /** From one address, whatever the user names. */
  readonly perAddress: number;
  /** For one user name from all addresses but those it signed in from lately. */
  readonly perName: number;
  /** How long a successful sign-in makes an address known for that user name. */
  readonly knownAddressDays: number;
}

export type LoginAttempt =
  | { readonly allowed: true; readonly attemptId: string }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Failed logins in PostgreSQL, so that every api replica counts the same failures. An attempt is
 * counted before its password is checked: counting and recording happen in one transaction
 * under locks on the user name and the address, so a burst of parallel attempts cannot all read
 * the count before any of them is recorded.
 */
@Injectable()
export class LoginFailureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records the attempt as a failure unless a limit is reached; `succeeded` takes it back. A
   * refused attempt records nothing, so hammering a locked name does not extend its lock.
   */
  async reserveAttempt(
    username: string,
    clientIp: string,
    limits: LoginLimits,
  ): Promise<LoginAttempt> {
    return this.dataSource.transaction(async (tx) => {
      // Always the name first, then the address: two attempts never wait on each other in turn.
      await tx.query('SELECT pg_advisory_xact_lock($1::int4, hashtext($2))', [
        NAME_LOCK_CLASS,
        username,
      ]);
      await tx.query('SELECT pg_advisory_xact_lock($1::int4, hashtext($2))', [
        ADDRESS_LOCK_CLASS,
        clientIp,
      ]);
      // Only recent failures count: keeps the table from growing under a guessing attack.
      await tx.query(
        `DELETE FROM login_failure
          WHERE (username = $1 OR client_ip = $2) AND failed_at < now() - interval '1 day'`,
        [username, clientIp],
      );
      const retryAfter = await this.retryAfter(tx, username, clientIp, limits);
      if (retryAfter !== undefined) return { allowed: false, retryAfterSeconds: retryAfter };
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO login_failure (username, client_ip) VALUES ($1, $2) RETURNING id`,
        [username, clientIp],
      );
      return { allowed: true, attemptId: row.id };
    });
  }

  /**
   * The password was right: the attempt was no failure, the name's earlier failures from this
   * address are forgiven, and the address becomes known for the name.
   */
  async succeeded(attemptId: string, username: string, clientIp: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `DELETE FROM login_failure WHERE id = $1 OR (username = $2 AND client_ip = $3)`,
        [attemptId, username, clientIp],
      );
      await tx.query(
        `INSERT INTO login_known_address (username, client_ip) VALUES ($1, $2)
         ON CONFLICT (username, client_ip) DO UPDATE SET last_success_at = now()`,
        [username, clientIp],
      );
    });
  }

  /** Forgets every failure of the name (an administrator set a new password). */
  async clearUsername(username: string, manager: EntityManager = this.dataSource.manager) {
    await manager.query(`DELETE FROM login_failure WHERE username = $1`, [username]);
  }

  /** Seconds until every limit this attempt meets has room again; undefined when all have. */
  private async retryAfter(
    tx: EntityManager,
    username: string,
    clientIp: string,
    limits: LoginLimits,
  ): Promise<number | undefined> {
    const [row]: { pair: Date[]; address: Date[]; name: Date[]; known: boolean; now: Date }[] =
      await tx.query(
        `SELECT coalesce(array_agg(failed_at ORDER BY failed_at)
                           FILTER (WHERE username = $1 AND client_ip = $2), '{}') AS pair,
                coalesce(array_agg(failed_at ORDER BY failed_at)
                           FILTER (WHERE client_ip = $2), '{}') AS address,
                coalesce(array_agg(failed_at ORDER BY failed_at)
                           FILTER (WHERE username = $1), '{}') AS name,
                EXISTS (SELECT 1 FROM login_known_address k
                         WHERE k.username = $1 AND k.client_ip = $2
                           AND k.last_success_at > now() - make_interval(days => $4)) AS known,
                now() AS now
           FROM login_failure
          WHERE (username = $1 OR client_ip = $2)
            AND failed_at > now() - make_interval(secs => $3)`,
        [username, clientIp, limits.windowSeconds, limits.knownAddressDays],
      );
    const waits = [
      untilRoom(row.pair, limits.perNameAndAddress),
      untilRoom(row.address, limits.perAddress),
      // A name's failures from elsewhere never lock it out of an address it signed in from.
      row.known ? undefined : untilRoom(row.name, limits.perName),
    ].filter((at): at is Date => at !== undefined);
    if (waits.length === 0) return undefined;
    const latest = Math.max(...waits.map((at) => at.getTime()));
    const seconds = Math.ceil((latest + limits.windowSeconds * 1000 - row.now.getTime()) / 1000);
    return Math.max(1, seconds);
  }
}

/**
 * With `times` (oldest first) at or over the limit, the failure whose leaving the window brings
 * the count below the limit again; undefined under the limit.
 */
function untilRoom(times: readonly Date[], limit: number): Date | undefined {
  return times.length < limit ? undefined : times[times.length - limit];
}

/** Advisory lock classes: "login attempts for this user name" and "… from this address". */
const NAME_LOCK_CLASS = 7_340_003;
const ADDRESS_LOCK_CLASS = 7_340_004;
