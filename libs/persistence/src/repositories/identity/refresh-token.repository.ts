import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type RefreshTokenUse =
  | { readonly outcome: 'rotated'; readonly userId: string }
  /** A revoked token came back: someone holds a copy; every token of the user was revoked. */
  | { readonly outcome: 'reused'; readonly userId: string }
  | { readonly outcome: 'invalid' };

/** Refresh tokens by their SHA-256: the token itself is never stored. */
@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async store(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO refresh_token (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`,
      [userId, tokenHash, expiresAt],
    );
  }

  /**
   * Revokes the token and stores its successor in one transaction; the row lock makes two
   * concurrent refreshes with one token see one winner and one reuse.
   */
  async rotate(
    tokenHash: string,
    next: { hash: string; expiresAt: Date },
  ): Promise<RefreshTokenUse> {
    return this.dataSource.transaction(async (manager): Promise<RefreshTokenUse> => {
      const rows: { id: string; user_id: string; expired: boolean; revoked: boolean }[] =
        await manager.query(
          `SELECT id, user_id, expires_at <= now() AS expired, revoked_at IS NOT NULL AS revoked
             FROM refresh_token WHERE token_hash = $1 FOR UPDATE`,
          [tokenHash],
        );
      if (rows.length === 0) return { outcome: 'invalid' };
      const [row] = rows;
      if (row.revoked) {
        await manager.query(
          `UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
          [row.user_id],
        );
        return { outcome: 'reused', userId: row.user_id };
      }
      if (row.expired) return { outcome: 'invalid' };
      await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE id = $1`, [row.id]);
      await manager.query(
        `INSERT INTO refresh_token (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`,
        [row.user_id, next.hash, next.expiresAt],
      );
      return { outcome: 'rotated', userId: row.user_id };
    });
  }

  /**
   * Revokes the token only if it is `userId`'s: ownership is part of the UPDATE's condition, so
   * a token of someone else is never touched, not even for a moment. Answers whether it was.
   */
  async revokeOwn(tokenHash: string, userId: string): Promise<boolean> {
    // UPDATE … RETURNING answers [rows, count] through TypeORM's postgres driver.
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE refresh_token SET revoked_at = coalesce(revoked_at, now())
        WHERE token_hash = $1 AND user_id = $2 RETURNING id`,
      [tokenHash, userId],
    );
    return rows.length > 0;
  }

  async revokeAllOf(userId: string, manager: EntityManager = this.dataSource.manager) {
    await manager.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }
}
