import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PLACE_TYPES, type PlaceType } from '@firecase/domain';
import { RequiredText } from '../../cases/dto/validation.decorators';

/** A span of calendar time: any mix of days, hours, minutes and seconds. */
export class DurationDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 3660 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3660)
  days?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  hours?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  minutes?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  seconds?: number;
}

const Span = () =>
  applyDecorators(
    ApiPropertyOptional({ type: DurationDto }),
    IsOptional(),
    ValidateNested(),
    Type(() => DurationDto),
  );

export class KeyPeriodPolicyDto {
  @Span() warningBeforeStart?: DurationDto;
  @Span() sweepOpensBeforeStart?: DurationDto;
  @Span() sweepDueAfterEnd?: DurationDto;
  @Span() nightPatrolFirstAfterStart?: DurationDto;
  @Span() nightPatrolEvery?: DurationDto;

  @ApiPropertyOptional({ enum: PLACE_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(PLACE_TYPES, { each: true })
  defaultPlaceTypes?: PlaceType[];
}

export class SupervisionRungsPolicyDto {
  @Span() supervisionNoticeWithin?: DurationDto;
  @Span() responseWindow?: DurationDto;
  @Span() criticismWithin?: DurationDto;
  @Span() interviewHeldWithin?: DurationDto;
  @Span() commitmentAtMost?: DurationDto;
}

export class SupervisionPolicyDto {
  @Span() evaluateEvery?: DurationDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  overdueRateAbovePercent?: number;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  minimumCasesForRate?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3660)
  caseOverdueMoreThanDays?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  undoneSweepTasksAbove?: number;

  @ApiPropertyOptional({ type: SupervisionRungsPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionRungsPolicyDto)
  rungs?: SupervisionRungsPolicyDto;
}

/**
 * The campaign's own policy: the office's current version unless overridden here, part by part
 * (a short test campaign runs its steps seconds apart). An override names its version.
 */
export class CampaignPolicyDto {
  @RequiredText(100, 'taibai-campaign.v1-test')
  version: string;

  @ApiPropertyOptional({ type: KeyPeriodPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => KeyPeriodPolicyDto)
  keyPeriods?: KeyPeriodPolicyDto;

  @Span() recordingGraceAfterEnd?: DurationDto;

  @ApiPropertyOptional({ type: SupervisionPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionPolicyDto)
  supervision?: SupervisionPolicyDto;
}
