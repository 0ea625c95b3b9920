import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class IdTokenDto {
  @ApiProperty({
    description: 'The ID token the front end obtained from the provider',
    minLength: 1,
    maxLength: 16_384,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(16_384)
  idToken: string;

  /** The nonce the front end sent with its authentication request; the token must carry it. */
  @ApiPropertyOptional({ maxLength: 512 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  nonce?: string;
}
