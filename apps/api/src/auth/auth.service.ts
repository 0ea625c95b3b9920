import { createHash, randomBytes } from 'node:crypto';
import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { AppConfig } from '@firecase/config';
import { RefreshTokenRepository, type UserRecord, UserRepository } from '@firecase/persistence';
import { signAccessToken } from './access-token';
import type { AuthenticatedUser } from './authenticated-user';
import { LoginRateLimit } from './login-rate-limit';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password-hasher';

export interface IssuedTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly tokenType: 'Bearer';
  /** Seconds the access token lives. */
  readonly expiresIn: number;
}

/**
 * Local passwords. An OpenID Connect provider (`OidcSignIn`) replaces `login` only: it
 * establishes the user from the provider's ID token instead of a password, then calls `issue`, so
 * tokens, refresh, logout and the guard stay as they are.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly rateLimit: LoginRateLimit,
    private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string, clientIp: string): Promise<IssuedTokens> {
    if (!this.config.signIn.localPasswords) {
      throw new ForbiddenException(
        'local passwords are disabled: sign in with the OpenID Connect provider (POST /auth/oidc)',
      );
    }
    // Counted as a failure before the password is looked at; taken back if it is right.
    const attempt = await this.rateLimit.reserve(username, clientIp);
    const found = await this.users.credentials(username);
    const matches = await verifyPassword(found?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
    if (!found || !matches || found.user.disabled) {
      throw new UnauthorizedException('wrong user name or password');
    }
    await this.rateLimit.succeeded(attempt);
    return this.issue(found.user);
  }

  /** Rotates the refresh token; a revoked one coming back revokes everything the user holds. */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const next = newRefreshToken(this.config.auth.refreshTokenTtlDays);
    const use = await this.refreshTokens.rotate(sha256(refreshToken), next);
    if (use.outcome === 'reused') await this.users.bumpTokenVersion(use.userId);
    const user = use.outcome === 'rotated' ? await this.users.findById(use.userId) : undefined;
    if (!user || user.disabled) throw new UnauthorizedException('the refresh token is not valid');
    return { ...this.accessTokenFor(user), refreshToken: next.token };
  }

  /**
   * Signs the caller out: every access token of theirs stops at once (token version), and the
   * refresh token they send is revoked if it is theirs. Someone else's token is left alone and
   * nothing is said about it, so logout cannot be used to revoke, or probe, another's session.
   */
  async logout(user: AuthenticatedUser, refreshToken: string | undefined): Promise<void> {
    if (refreshToken !== undefined)
      await this.refreshTokens.revokeOwn(sha256(refreshToken), user.id);
    await this.users.bumpTokenVersion(user.id);
  }

  async issue(user: UserRecord): Promise<IssuedTokens> {
    const refresh = newRefreshToken(this.config.auth.refreshTokenTtlDays);
    await this.refreshTokens.store(user.id, refresh.hash, refresh.expiresAt);
    return { ...this.accessTokenFor(user), refreshToken: refresh.token };
  }

  private accessTokenFor(user: UserRecord): Omit<IssuedTokens, 'refreshToken'> {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    return {
      accessToken: signAccessToken(
        { sub: user.id, role: user.role, tv: user.tokenVersion },
        this.config.auth.jwtSecret,
        ttl,
      ),
      tokenType: 'Bearer',
      expiresIn: ttl,
    };
  }
}

function newRefreshToken(ttlDays: number) {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    hash: sha256(token),
    expiresAt: new Date(Date.now() + ttlDays * 24 * 3600 * 1000),
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
