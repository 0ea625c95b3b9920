import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  Matches,
  ValidateNested,
} from 'class-validator';
import { CASE_NUMBER_PATTERN } from '@firecase/contract';
import { TEMPLATE_KINDS } from '@firecase/notifications';

export class PreferenceDto {
  @ApiProperty({ enum: TEMPLATE_KINDS })
  @IsString()
  @IsIn(TEMPLATE_KINDS, { message: 'kind: not a notification kind' })
  kind: string;

  @ApiProperty({ enum: ['email', 'sms'] })
  @IsIn(['email', 'sms'], { message: 'channel: email or sms (in-app cannot be switched off)' })
  channel: 'email' | 'sms';

  @ApiProperty()
  @IsBoolean()
  enabled: boolean;
}

export class PreferencesDto {
  @ApiProperty({ type: [PreferenceDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences: PreferenceDto[];
}

export class TemplatePreviewDto {
  @ApiProperty({ example: 'TB-2026-000001', pattern: CASE_NUMBER_PATTERN.source })
  @IsString()
  @Matches(CASE_NUMBER_PATTERN, { message: 'caseNumber: a case number like TB-2026-000001' })
  caseNumber: string;
}
