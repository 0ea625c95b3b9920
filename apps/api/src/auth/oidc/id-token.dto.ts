import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

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
}
