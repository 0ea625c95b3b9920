import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { OpenCaseDto } from '../../cases/dto/open-case.dto';
import { EvidenceRefDto } from '../../cases/dto/evidence-ref.dto';
import { EvidenceList, Instant, RequiredText } from '../../cases/dto/validation.decorators';

export class PlacesInspectedDto {
  @ApiProperty({ enum: PLACE_TYPES })
  @IsIn(PLACE_TYPES)
  placeType: PlaceType;

  @ApiProperty({ minimum: 0, example: 12 })
  @IsInt()
  @Min(0)
  @Max(100000)
  count: number;
}

/**
 * A hazard found in the sweep: a registration (发现/登记) whose discovery time is the
 * inspection's and whose campaign is the sweep's.
 */
export class SweepHazardDto extends OmitType(OpenCaseDto, ['discoveredAt', 'campaignId']) {}

/** 集中检查: the inspection that does a sweep task. */
export class RecordInspectionDto {
  /** When it took place: the discovery time of the hazards it registers. */
  @Instant()
  inspectedAt: string;

  @ApiProperty({ type: [PlacesInspectedDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PLACE_TYPES.length)
  @ValidateNested({ each: true })
  @Type(() => PlacesInspectedDto)
  placesInspected: PlacesInspectedDto[];

  @RequiredText(2000, '检查高层建筑3栋、九小场所12家，发现隐患2处，已当场登记')
  findings: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];

  /** Hazards registered from this inspection (发现/登记), each opening its case. */
  @ApiPropertyOptional({ type: [SweepHazardDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SweepHazardDto)
  hazards?: SweepHazardDto[];
}

export class CancelCampaignDto {
  @RequiredText(1000, '上级通知调整工作安排')
  reason: string;
}
