import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  ValidateNested,
} from 'class-validator';
import {
  CAMPAIGN_CATEGORY_CODES,
  DEPARTMENT_CODES,
  KEY_PERIOD_CALLS,
  KEY_PERIOD_CODE_PATTERN,
  type KeyPeriodCall,
  PLACE_TYPES,
  type PlaceType,
} from '@firecase/domain';
import { CampaignCode, OptionalText, RequiredText } from '../../cases/dto/validation.decorators';
import { CampaignPolicyDto } from './campaign-policy.dto';
import { PeriodBound } from './period-bound.decorator';

/** 专项整治类别 of the campaign with its 牵头科室 and 责任领导. */
export class CategoryAssignmentDto {
  @ApiProperty({ enum: CAMPAIGN_CATEGORY_CODES })
  @IsIn(CAMPAIGN_CATEGORY_CODES)
  category: (typeof CAMPAIGN_CATEGORY_CODES)[number];

  @ApiProperty({ enum: DEPARTMENT_CODES })
  @IsIn(DEPARTMENT_CODES)
  leadDepartment: (typeof DEPARTMENT_CODES)[number];

  /** 责任领导 */
  @RequiredText(100, '王建国')
  responsibleLeader: string;
}

/** 重点时段 and what it calls for. */
export class KeyPeriodDto {
  @ApiProperty({ example: 'spring-festival', pattern: KEY_PERIOD_CODE_PATTERN.source })
  @IsString()
  @Matches(KEY_PERIOD_CODE_PATTERN, {
    message: '$property must be 1–40 lower-case letters, digits or hyphens',
  })
  code: string;

  @RequiredText(50, '春节')
  name: string;

  @PeriodBound()
  start: string;

  /** The last day (inclusive) or an instant; absent, the period is the start's day. */
  @PeriodBound(true)
  end?: string;

  @ApiProperty({
    enum: KEY_PERIOD_CALLS,
    isArray: true,
    example: ['warning', 'sweep', 'night_patrol'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(KEY_PERIOD_CALLS, { each: true })
  calls: KeyPeriodCall[];

  /** What the sweep inspects; absent, the policy's list (the notice's eight kinds of place). */
  @ApiPropertyOptional({ enum: PLACE_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(PLACE_TYPES, { each: true })
  placeTypes?: PlaceType[];

  @OptionalText(500)
  note?: string;
}

/** 专项行动: what a supervisor or administrator defines. */
export class DefineCampaignDto {
  @CampaignCode()
  code: string;

  @RequiredText(100, '2023年今冬明春消防安全防范工作')
  name: string;

  @PeriodBound()
  start: string;

  @PeriodBound()
  end: string;

  @ApiProperty({ type: [CategoryAssignmentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CAMPAIGN_CATEGORY_CODES.length)
  @ValidateNested({ each: true })
  @Type(() => CategoryAssignmentDto)
  categories: CategoryAssignmentDto[];

  @ApiProperty({ type: [KeyPeriodDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => KeyPeriodDto)
  keyPeriods: KeyPeriodDto[];

  @ApiPropertyOptional({ type: CampaignPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignPolicyDto)
  policy?: CampaignPolicyDto;
}
