import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './current-user.decorator';
import { IssuedTokensView } from './dto/issued-tokens.view';
import { LoginDto } from './dto/login.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { Public } from './public.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: a 15-minute access token and a 7-day refresh token' })
  @ApiOkResponse({ type: IssuedTokensView })
  @ApiErrors(401, 403, 429)
  login(@Body() body: LoginDto, @Ip() ip: string) {
    return this.auth.login(body.username, body.password, ip);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for new tokens; the old one is revoked' })
  @ApiOkResponse({ type: IssuedTokensView })
  @ApiErrors(401)
  refresh(@Body() body: RefreshTokenDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @Permit('signOut')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke the refresh token and every outstanding access token' })
  @ApiNoContentResponse({ description: 'signed out' })
  logout(@CurrentUser() user: AuthenticatedUser, @Body() body: RefreshTokenDto) {
    return this.auth.logout(user, body.refreshToken);
  }
}
