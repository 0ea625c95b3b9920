import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import { SERVICE_METHODS, type ServiceMethod } from '@firecase/domain';
import type { EvidenceRefDto } from './evidence-ref.dto';
import {
  ChinaDate,
  EvidenceList,
  Instant,
  OptionalText,
  RequiredText,
} from './validation.decorators';

// One body per case action. The acting user comes from the request, never from the body.

export class IssueNoticeDto {
  @RequiredText(4000, 'Remove the extension leads; stop charging e-bikes in the stairwell')
  requirements: string;

  /** For a paper notice issued in the field and entered later. */
  @Instant(true)
  issuedAt?: string;
}

export class ServeNoticeDto {
  @Instant(true)
  servedAt?: string;

  @ApiProperty({ enum: SERVICE_METHODS })
  @IsIn(SERVICE_METHODS)
  method: ServiceMethod;

  @RequiredText(200, 'Wang Fang')
  recipient: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

export class InterimMeasuresDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: 500 },
    minItems: 1,
    maxItems: 20,
    example: ['warning signs', 'power cut-off'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  measures: string[];

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

export class PatrolDto {
  @ApiProperty()
  @IsBoolean()
  measuresInPlace: boolean;

  @OptionalText(1000)
  note?: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

export class RectificationReportDto {
  @RequiredText(2000, 'Leads removed; charging moved to the new shed')
  note: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

export class ReinspectionDto {
  @ApiProperty()
  @IsBoolean()
  passed: boolean;

  @RequiredText(2000, 'Stairwell clear, no charging')
  findings: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

export class ReasonDto {
  @RequiredText(1000, 'Fire doors are on order')
  reason: string;
}

export class GrantExtensionDto extends ReasonDto {
  @ChinaDate()
  newDeadlineDate: string;
}

export class ScheduleInterviewDto {
  @Instant()
  at: string;

  @RequiredText(300, 'Sub-district office, room 201')
  location: string;

  @RequiredText(200, 'Chen Gang')
  interviewee: string;
}

export class InterviewOutcomeDto {
  @RequiredText(2000, 'The head committed to replace the pump')
  summary: string;

  @ChinaDate()
  committedDate: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

export class CriticismDto {
  @RequiredText(2000, 'Criticism notice 太白通报〔2024〕3号')
  summary: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

export class ReferralDto extends CriticismDto {
  @RequiredText(200, '综合执法大队')
  agency: string;
}

export class CloseCaseDto {
  @RequiredText(2000, 'Struck off the ledger')
  note: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

/** 变更承办人: the officer who now carries the case, and why. */
export class ReassignOfficerDto extends ReasonDto {
  @RequiredText(100, '4f0c3c1e-5d7a-4f2e-9b1a-2d3c4e5f6a7b')
  userId: string;
}

/** 规则版本迁移: move a running case to newer lifecycle rules, with the reason. */
export class MigrateRulesDto extends ReasonDto {
  @ApiProperty({ minimum: 2, example: 2 })
  @IsInt()
  @Min(2)
  toVersion: number;
}
