import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, Matches, MaxLength, ValidateIf } from 'class-validator';

/** 手机号码 and e-mail of a user; null clears one, absent leaves it as it is. */
export class UserContactDto {
  @ApiPropertyOptional({ example: '13812345678', nullable: true, pattern: '^1[3-9]\\d{9}$' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(/^1[3-9]\d{9}$/, {
    message: 'mobilePhone: a mainland mobile number of 11 digits, like 13812345678',
  })
  mobilePhone?: string | null;

  @ApiPropertyOptional({
    example: 'li.wei@taibai.example',
    nullable: true,
    format: 'email',
    maxLength: 254,
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @MaxLength(254, { message: 'email: at most 254 characters' })
  @IsEmail({}, { message: 'email: not an e-mail address' })
  email?: string | null;
}
