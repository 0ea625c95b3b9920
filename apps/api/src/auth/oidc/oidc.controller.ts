import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { IssuedTokensView } from '../dto/issued-tokens.view';
import { Public } from '../public.decorator';
import { IdTokenDto } from './id-token.dto';
import { OidcSignIn } from './oidc-sign-in.service';

@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(private readonly oidc: OidcSignIn) {}

  @Post('oidc')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: "Sign in with the OpenID Connect provider's ID token: our tokens back" })
  @ApiOkResponse({ type: IssuedTokensView })
  @ApiErrors(401, 404, 503)
  signIn(@Body() body: IdTokenDto) {
    return this.oidc.signIn(body.idToken, body.nonce);
  }
}
