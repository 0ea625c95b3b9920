import { ApiProperty } from '@nestjs/swagger';
import type { IssuedTokens } from '../auth.service';

/** What signing in (password or OpenID Connect) and refreshing answer. */
export class IssuedTokensView implements IssuedTokens {
  @ApiProperty({ description: 'send as `Authorization: Bearer <accessToken>`' })
  accessToken: string;

  @ApiProperty({ description: 'single use: POST /auth/refresh trades it for new tokens' })
  refreshToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    example: 900,
    description: 'seconds the access token lives',
  })
  expiresIn: number;
}
