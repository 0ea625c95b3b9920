import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DEPARTMENT_CODES, ROLES } from '@firecase/domain';
import { Omittable } from '../../cases/dto/omittable.decorator';
import { RequiredText } from '../../cases/dto/validation.decorators';

export const MIN_PASSWORD_LENGTH = 12;

export class CreateUserDto {
  @ApiProperty({ example: 'officer.wu', pattern: '^[a-z0-9._-]{3,64}$' })
  @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'username: 3 to 64 of a-z, 0-9, ".", "_", "-"' })
  username: string;

  @RequiredText(100, 'Li Wei')
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: (typeof ROLES)[number];

  /** Officers and supervisors only. */
  @ApiPropertyOptional({ enum: DEPARTMENT_CODES })
  @Omittable()
  @IsIn(DEPARTMENT_CODES)
  departmentCode?: string;

  /** The communities (村/社区) an officer covers besides their department's cases. */
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: 100 },
    maxItems: 50,
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  communityCodes?: string[];

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: 256 })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(256)
  password: string;
}
