import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CAMPAIGN_CATEGORY_CODES,
  CAMPAIGN_CODE_PATTERN,
  DEPARTMENT_CODES,
  type Discovery,
  type EvidenceRef,
  SEVERITIES,
  type Severity,
} from '@firecase/domain';

export class EvidenceRefView implements EvidenceRef {
  @ApiProperty({ example: 'ev-7f3a' })
  evidenceId: string;

  @ApiPropertyOptional()
  note?: string;
}

export class CoordinatesView {
  @ApiProperty({ minimum: -90, maximum: 90, example: 30.81 })
  latitude: number;

  @ApiProperty({ minimum: -180, maximum: 180, example: 108.41 })
  longitude: number;
}

export class LocationView {
  /** 村/社区 */
  @ApiProperty({ example: 'Taibai Community' })
  community: string;

  /** 网格 */
  @ApiPropertyOptional({ example: 'G-03' })
  grid?: string;

  @ApiPropertyOptional()
  building?: string;

  @ApiProperty({ example: '12 Kaiyuan Road, Wanzhou' })
  address: string;

  @ApiPropertyOptional({ type: CoordinatesView })
  coordinates?: CoordinatesView;
}

export class ResponsiblePartyView {
  @ApiProperty({ example: 'Sunrise Property Management Co.' })
  name: string;

  @ApiPropertyOptional()
  contactPerson?: string;

  @ApiPropertyOptional()
  phone?: string;

  @ApiPropertyOptional({ description: 'the unit’s head, summoned to a leader interview (约谈)' })
  head?: string;
}

export class FixedOnSpotView {
  @ApiProperty({ type: [EvidenceRefView] })
  evidence: EvidenceRefView[];

  @ApiPropertyOptional()
  note?: string;
}

/** 发现/登记: the hazard as registered. */
export class DiscoveryView implements Discovery {
  @ApiProperty({ type: LocationView })
  location: LocationView;

  @ApiProperty({ enum: CAMPAIGN_CATEGORY_CODES })
  category: string;

  @ApiProperty({ example: 'electric_bike.charged_from_ad_hoc_wiring' })
  hazardType: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ enum: SEVERITIES })
  severity: Severity;

  @ApiProperty({ type: ResponsiblePartyView })
  responsibleParty: ResponsiblePartyView;

  @ApiProperty({ enum: DEPARTMENT_CODES })
  department: string;

  @ApiProperty({ type: [EvidenceRefView] })
  evidence: EvidenceRefView[];

  @ApiProperty({ format: 'date-time' })
  discoveredAt: string;

  @ApiPropertyOptional({ type: FixedOnSpotView, description: '当场整改: fixed on the spot' })
  fixedOnSpot?: FixedOnSpotView;

  @ApiPropertyOptional({
    pattern: CAMPAIGN_CODE_PATTERN.source,
    example: 'taibai-2023-winter-spring',
    description:
      '专项行动: the one named at registration, else the one whose period covered the discovery',
  })
  campaignId?: string;
}
