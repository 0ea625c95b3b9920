import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsIn,
  IsLatitude,
  IsLongitude,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { CAMPAIGN_CATEGORY_CODES, DEPARTMENT_CODES, SEVERITIES } from '@firecase/domain';
import { EvidenceRefDto } from './evidence-ref.dto';
import {
  CampaignCode,
  EvidenceList,
  Instant,
  IsHazardTypeOf,
  OptionalText,
  RequiredText,
} from './validation.decorators';

class CoordinatesDto {
  @ApiProperty({ example: 30.81 })
  @IsLatitude()
  latitude: number;

  @ApiProperty({ example: 108.41 })
  @IsLongitude()
  longitude: number;
}

class LocationDto {
  /** 村/社区 */
  @RequiredText(100, 'Taibai Community')
  community: string;

  /** 网格 */
  @OptionalText(100)
  grid?: string;

  @OptionalText(200)
  building?: string;

  @RequiredText(300, '12 Kaiyuan Road, Wanzhou')
  address: string;

  @ApiPropertyOptional({ type: CoordinatesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CoordinatesDto)
  coordinates?: CoordinatesDto;
}

class ResponsiblePartyDto {
  @RequiredText(200, 'Sunrise Property Management Co.')
  name: string;

  @OptionalText(100)
  contactPerson?: string;

  @OptionalText(50)
  phone?: string;

  /** The unit's head, summoned to a leader interview (约谈) if it comes to that. */
  @OptionalText(100)
  head?: string;
}

class FixedOnSpotDto {
  @EvidenceList(false)
  @ArrayMinSize(1)
  evidence: EvidenceRefDto[];

  @OptionalText(1000)
  note?: string;
}

/** 发现/登记: a newly discovered hazard. */
export class OpenCaseDto {
  @ApiProperty({ type: LocationDto })
  @ValidateNested()
  @Type(() => LocationDto)
  location: LocationDto;

  @ApiProperty({ enum: CAMPAIGN_CATEGORY_CODES })
  @IsIn(CAMPAIGN_CATEGORY_CODES)
  category: string;

  @ApiProperty({ example: 'electric_bike.charged_from_ad_hoc_wiring' })
  @IsHazardTypeOf('category')
  hazardType: string;

  @RequiredText(2000, 'E-bikes charging from an extension lead in the stairwell')
  description: string;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity: (typeof SEVERITIES)[number];

  @ApiProperty({ type: ResponsiblePartyDto })
  @ValidateNested()
  @Type(() => ResponsiblePartyDto)
  responsibleParty: ResponsiblePartyDto;

  @ApiProperty({ enum: DEPARTMENT_CODES })
  @IsIn(DEPARTMENT_CODES)
  department: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];

  @Instant()
  discoveredAt: string;

  /** 当场整改: fixed on the spot; the case closes at once with this evidence. */
  @ApiPropertyOptional({ type: FixedOnSpotDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => FixedOnSpotDto)
  fixedOnSpot?: FixedOnSpotDto;

  /** 专项行动: the campaign's code; absent, the campaign whose period covers discoveredAt. */
  @CampaignCode(true)
  campaignId?: string;
}
