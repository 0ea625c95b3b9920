import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { UNIT_KINDS } from '@firecase/domain';
import { EvidenceRefDto } from '../../cases/dto/evidence-ref.dto';
import {
  CampaignCode,
  ChinaDate,
  EvidenceList,
  Instant,
  OptionalText,
  RequiredText,
} from '../../cases/dto/validation.decorators';

/** 督办通知 */
export class IssueSupervisionNoticeDto {
  @RequiredText(2000, '请于7日内完成逾期隐患整改并书面报告街道')
  summary: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

/** 通报批评: the facts, and what the unit must do now; printed on the numbered notice. */
export class IssueCriticismDto {
  @RequiredText(2000, '督办通知下达后，该社区仍有3处隐患逾期未整改，集中检查任务未按期完成。')
  summary: string;

  @RequiredText(1000, '请于5个工作日内整改到位，并向街道党工委、办事处作出书面检查。')
  requirements: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

/** 约谈单位负责人: when, where, whom. */
export class ScheduleUnitInterviewDto {
  @Instant()
  at: string;

  @RequiredText(200, '街道办事处三楼会议室')
  location: string;

  @RequiredText(100, '太白社区党委书记 王芳')
  interviewee: string;
}

export class RecordUnitInterviewDto {
  /** When it was held; defaults to now. */
  @Instant(true)
  heldAt?: string;

  @RequiredText(2000, '负责人表态于两周内完成全部逾期隐患整改')
  outcome: string;

  /** The date the unit committed to recover by (Beijing). */
  @ChinaDate()
  committedDate: string;

  @EvidenceList()
  evidence: EvidenceRefDto[] = [];
}

export class CloseSupervisionDto {
  @RequiredText(1000, '经核查，逾期隐患已全部整改，集中检查任务已补齐')
  reason: string;
}

export class ListSupervisionQuery {
  @CampaignCode(true)
  campaign?: string;

  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: string;

  @OptionalText(100)
  unitCode?: string;
}
