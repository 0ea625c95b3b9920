import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { AppConfig } from '@firecase/config';
import { Public } from '../auth/public.decorator';

export class OidcSignInOptions {
  @ApiProperty({ description: 'the provider’s issuer; its discovery document is read from here' })
  issuer: string;

  @ApiProperty({ description: 'the client id registered for the console (OIDC_AUDIENCE)' })
  clientId: string;
}

export class SignInOptions {
  @ApiProperty({ description: 'false when LOCAL_PASSWORDS=false turned POST /auth/login off' })
  localPasswords: boolean;

  @ApiPropertyOptional({ type: OidcSignInOptions })
  oidc?: OidcSignInOptions;
}

/** What the console's sign-in page offers, read before anyone is signed in. */
@ApiTags('console')
@Controller('console')
export class SignInOptionsController {
  constructor(private readonly config: AppConfig) {}

  @Get('sign-in-options')
  @Public()
  @ApiOperation({ summary: 'How users sign in here: local passwords and/or an OIDC provider' })
  @ApiOkResponse({ type: SignInOptions })
  signInOptions(): SignInOptions {
    const { localPasswords, oidc } = this.config.signIn;
    return {
      localPasswords,
      ...(oidc ? { oidc: { issuer: oidc.issuerUrl, clientId: oidc.audience } } : {}),
    };
  }
}
