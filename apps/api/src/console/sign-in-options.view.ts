import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The OpenID Connect provider the console signs in with (authorization code + PKCE). */
export class OidcSignInOptionsView {
  @ApiProperty({ description: 'the provider’s issuer; its discovery document is read from here' })
  issuer: string;

  @ApiProperty({ description: 'the client id registered for the console (OIDC_AUDIENCE)' })
  clientId: string;
}

/** What the 登录 page offers. */
export class SignInOptionsView {
  @ApiProperty({ description: 'false when LOCAL_PASSWORDS=false turned POST /auth/login off' })
  localPasswords: boolean;

  @ApiPropertyOptional({ type: OidcSignInOptionsView })
  oidc?: OidcSignInOptionsView;
}
