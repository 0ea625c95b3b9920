import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsLatitude, IsLongitude } from 'class-validator';
import {
  CAMPAIGN_CATEGORY_CODES,
  DEPARTMENT_CODES,
  HAZARD_TYPES,
  SEVERITIES,
} from '@firecase/domain';
import { EvidenceRefDto } from './evidence-ref.dto';
import {
  CampaignCode,
  EvidenceList,
  Instant,
  IsHazardTypeOf,
  NestedObject,
  OptionalText,
  RequiredText,
} from './validation.decorators';

class CoordinatesDto {
  @ApiProperty({ example: 30.81, minimum: -90, maximum: 90 })
  @IsLatitude()
  latitude: number;

  @ApiProperty({ example: 108.41, minimum: -180, maximum: 180 })
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

  @NestedObject(() => CoordinatesDto, true)
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
  @EvidenceList(false, 1)
  evidence: EvidenceRefDto[];

  @OptionalText(1000)
  note?: string;
}

/** 发现/登记: a newly discovered hazard. */
export class OpenCaseDto {
  @NestedObject(() => LocationDto)
  location: LocationDto;

  @ApiProperty({ enum: CAMPAIGN_CATEGORY_CODES, example: 'electric_bike' })
  @IsIn(CAMPAIGN_CATEGORY_CODES)
  category: string;

  @ApiProperty({
    enum: HAZARD_TYPES.map((type) => type.code),
    example: 'electric_bike.charged_from_ad_hoc_wiring',
    description: 'a hazard type of the catalogue that belongs to `category`',
  })
  @IsHazardTypeOf('category')
  hazardType: string;

  @RequiredText(2000, 'E-bikes charging from an extension lead in the stairwell')
  description: string;

  @ApiProperty({ enum: SEVERITIES, example: 'general' })
  @IsIn(SEVERITIES)
  severity: (typeof SEVERITIES)[number];

  @NestedObject(() => ResponsiblePartyDto)
  responsibleParty: ResponsiblePartyDto;

  @ApiProperty({ enum: DEPARTMENT_CODES, example: 'planning_environment' })
  @IsIn(DEPARTMENT_CODES)
  department: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];

  @Instant()
  discoveredAt: string;

  /** 当场整改: fixed on the spot; the case closes at once with this evidence. */
  @NestedObject(() => FixedOnSpotDto, true)
  fixedOnSpot?: FixedOnSpotDto;

  /** 专项行动: the campaign's code; absent, the campaign whose period covers discoveredAt. */
  @CampaignCode(true)
  campaignId?: string;
}
