import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@firecase/config';
import { Public } from '../auth/public.decorator';
import { SignInOptionsView } from './sign-in-options.view';

/** What the console's sign-in page offers, read before anyone is signed in. */
@ApiTags('console')
@Controller('console')
export class SignInOptionsController {
  constructor(private readonly config: AppConfig) {}

  @Get('sign-in-options')
  @Public()
  @ApiOperation({ summary: 'How users sign in here: local passwords and/or an OIDC provider' })
  @ApiOkResponse({ type: SignInOptionsView })
  signInOptions(): SignInOptionsView {
    const { localPasswords, oidc } = this.config.signIn;
    return {
      localPasswords,
      ...(oidc ? { oidc: { issuer: oidc.issuerUrl, clientId: oidc.audience } } : {}),
    };
  }
}
