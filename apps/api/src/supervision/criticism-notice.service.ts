import { Injectable, NotFoundException } from '@nestjs/common';
import { AppConfig } from '@firecase/config';
import { type CriticismNoticeContent, renderCriticismNotice } from '@firecase/notices';
import { CriticismNoticeRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { IssueCriticismDto } from './dto/supervision-actions.dto';
import { UnitSupervisionService } from './unit-supervision.service';

/**
 * 通报批评: issues the numbered notice PDF (太白消督〔YYYY〕第NNNN号) from the case's own figures,
 * then records the rung in the workflow with its number. A retry finds the notice issued the
 * first time (one per case), so a failed update loses nothing and burns no number.
 */
@Injectable()
export class CriticismNoticeService {
  constructor(
    private readonly config: AppConfig,
    private readonly supervision: UnitSupervisionService,
    private readonly notices: CriticismNoticeRepository,
  ) {}

  async issue(number: string, user: AuthenticatedUser, dto: IssueCriticismDto) {
    const state = await this.supervision.expectRung(number, user, 'criticism');
    const { figures } = state;
    const content: CriticismNoticeContent = {
      issuer: this.config.notices.issuer,
      supervisionNumber: number,
      campaignName: state.campaign.name,
      unitName: state.unit.name,
      reasons: state.openedFor.map((r) => r.text),
      figures: {
        found: figures.found,
        rectified: figures.rectified,
        overdue: figures.overdue,
        rectificationRate: figures.rectificationRate,
        undoneSweepTasks: figures.sweepTasks.undonePastDue,
      },
      supervisionNoticeIssuedAt: state.rungs.find((r) => r.kind === 'supervision_notice')?.issued
        ?.at,
      summary: dto.summary,
      requirements: dto.requirements,
      issuedAt: new Date().toISOString(),
    };
    const notice = await this.notices.issue(content, (noticeNo) =>
      renderCriticismNotice({ ...content, noticeNo }),
    );
    const updated = await this.supervision.perform(number, 'issueCriticism', user, {
      noticeNo: notice.noticeNo,
      summary: dto.summary,
      evidence: dto.evidence ?? [],
    });
    return { noticeNo: notice.noticeNo, sha256: notice.sha256, case: updated };
  }

  async pdf(number: string, user: AuthenticatedUser) {
    await this.supervision.get(number, user);
    const notice = await this.notices.findBySupervision(number);
    if (!notice) throw new NotFoundException(`supervision case ${number} has no criticism notice`);
    return notice;
  }
}
