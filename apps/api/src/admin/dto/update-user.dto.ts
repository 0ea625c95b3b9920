import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { DEPARTMENT_CODES, ROLES } from '@firecase/domain';
import { OptionalText } from '../../cases/dto/validation.decorators';

/** What an administrator may change about a user; a field left out stays as it is. */
export class UpdateUserDto {
  @OptionalText(100)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: (typeof ROLES)[number];

  /** null takes the user out of their department (auditors and administrators have none). */
  @ApiPropertyOptional({ enum: DEPARTMENT_CODES, nullable: true })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsIn(DEPARTMENT_CODES)
  departmentCode?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  communityCodes?: string[];
}
