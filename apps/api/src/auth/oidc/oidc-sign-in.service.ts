import {
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { AppConfig } from '@firecase/config';
import { UserRepository } from '@firecase/persistence';
import { AuthService, type IssuedTokens } from '../auth.service';
import { verifyIdToken } from './id-token-verifier';
import type { JwksCache } from './jwks-cache';
import { providerSigningKeys } from './provider-keys';

/**
 * Sign-in by an OpenID Connect provider: its ID token establishes who the caller is, and the user
 * must already exist here, enabled (an administrator provisions users with their role and
 * department; nobody is created on first sign-in). From there on it is our own tokens, as after
 * a password.
 */
@Injectable()
export class OidcSignIn {
  private readonly logger = new Logger(OidcSignIn.name);
  private readonly keys: JwksCache | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly auth: AuthService,
  ) {
    const oidc = config.signIn.oidc;
    this.keys = oidc ? providerSigningKeys(oidc.issuerUrl) : undefined;
  }

  /** `nonce`: the one the front end sent with its authentication request, if it sent one. */
  async signIn(idToken: string, nonce?: string): Promise<IssuedTokens> {
    const oidc = this.config.signIn.oidc;
    if (!oidc || !this.keys) {
      throw new NotFoundException('sign-in by an OpenID Connect provider is not configured');
    }
    const keys = this.keys;
    const verdict = await verifyIdToken(idToken, keys, {
      issuer: oidc.issuerUrl,
      audience: oidc.audience,
      nonce,
    }).catch((error: unknown) => {
      this.logger.error(`the OpenID Connect provider cannot be reached: ${String(error)}`);
      throw new ServiceUnavailableException('the OpenID Connect provider cannot be reached');
    });
    if (!verdict.valid) {
      this.logger.warn(`ID token refused: ${verdict.reason}`);
      throw new UnauthorizedException('the ID token is not valid');
    }
    const username = verdict.claims[oidc.usernameClaim];
    const user =
      typeof username === 'string' ? await this.users.findByUsername(username) : undefined;
    if (!user || user.disabled) {
      throw new UnauthorizedException('the ID token names no user of this service');
    }
    return this.auth.issue(user);
  }
}
