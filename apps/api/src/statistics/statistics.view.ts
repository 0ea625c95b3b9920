import { ApiProperty } from '@nestjs/swagger';
import {
  CAMPAIGN_STATUS_LABELS,
  type CampaignStatus,
  KEY_PERIOD_CALLS,
  type KeyPeriodCall,
} from '@firecase/domain';
import type { CampaignStatisticsService } from './campaign-statistics.service';
import type { CountEntry, StatisticsSummary } from './statistics.service';

// 统计 as the API answers it; each class implements the service's own type.

const whole = (description?: string) => ApiProperty({ type: 'integer', minimum: 0, description });

export class CountEntryView implements CountEntry {
  @ApiProperty({ example: 'rectifying', description: 'the code (or YYYY-MM for a month)' })
  key: string;

  @ApiProperty({ example: '整改中', description: 'its Chinese name' })
  label: string;

  @whole()
  count: number;
}

export class GridCountEntryView extends CountEntryView {
  @ApiProperty({ example: 'taibai', description: 'the community the grid belongs to' })
  community: string;
}

export class RectificationFiguresView {
  @whole('cases found, voided ones left out')
  found: number;

  @whole('re-inspected or struck off')
  rectified: number;

  @ApiProperty({ type: 'number', minimum: 0, maximum: 1, nullable: true, description: '整改率' })
  rate: number | null;
}

export class ThreeColourFiguresView {
  @whole('红色: past their deadline')
  overdue: number;

  @whole('黄色: due within the policy’s days')
  dueSoon: number;

  @whole('绿色')
  onTime: number;

  @whole()
  dueSoonDays: number;

  @ApiProperty({ format: 'date-time', description: 'a deadline before this is due soon' })
  dueSoonBefore: string;
}

/** GET /statistics */
export class StatisticsSummaryView implements StatisticsSummary {
  @ApiProperty({ format: 'date-time' })
  asOf: string;

  @whole()
  total: number;

  @ApiProperty({ type: [CountEntryView] })
  byStatus: CountEntryView[];

  @ApiProperty({ type: [CountEntryView] })
  byCategory: CountEntryView[];

  @ApiProperty({ type: [CountEntryView] })
  byHazardType: CountEntryView[];

  @ApiProperty({ type: [CountEntryView] })
  bySeverity: CountEntryView[];

  @ApiProperty({ type: [CountEntryView] })
  byCommunity: CountEntryView[];

  @ApiProperty({ type: [GridCountEntryView] })
  byGrid: GridCountEntryView[];

  @ApiProperty({ type: [CountEntryView] })
  byDepartment: CountEntryView[];

  @ApiProperty({ type: [CountEntryView] })
  byMonth: CountEntryView[];

  @ApiProperty({ type: RectificationFiguresView })
  rectification: RectificationFiguresView;

  @ApiProperty({ type: ThreeColourFiguresView })
  threeColour: ThreeColourFiguresView;
}

type CampaignStatistics = Awaited<ReturnType<CampaignStatisticsService['ofCampaign']>>;
type CampaignHeadline = CampaignStatistics['campaign'];
type KeyPeriodFigures = CampaignStatistics['keyPeriods'][number];

export class CampaignHeadlineView implements CampaignHeadline {
  @ApiProperty({ example: 'taibai-2023-winter-spring' })
  code: string;

  @ApiProperty({ example: '2023年今冬明春消防安全防范工作' })
  name: string;

  @ApiProperty({ enum: Object.keys(CAMPAIGN_STATUS_LABELS) })
  status: CampaignStatus;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;
}

export class KeyPeriodSweepFiguresView {
  @whole()
  total: number;

  @whole()
  done: number;

  @whole()
  undone: number;
}

/** A key period's figures: its cases, sweep tasks, warnings and night-patrol reminders. */
export class KeyPeriodFiguresView implements KeyPeriodFigures {
  @ApiProperty({ example: 'spring-festival' })
  code: string;

  @ApiProperty({ example: '春节' })
  name: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time', description: 'exclusive' })
  endsAt: string;

  @ApiProperty({ enum: KEY_PERIOD_CALLS, isArray: true })
  calls: KeyPeriodCall[];

  @whole('the campaign’s cases discovered during it')
  found: number;

  @whole()
  rectified: number;

  @whole()
  overdue: number;

  @ApiProperty({ type: KeyPeriodSweepFiguresView })
  sweepTasks: KeyPeriodSweepFiguresView;

  @whole('units sent its 消防安全提示')
  warningsSent: number;

  @whole('夜查 reminders sent, per unit')
  nightPatrolReminders: number;

  @whole()
  stepsSkipped: number;
}

/** GET /statistics/campaigns/:code */
export class CampaignStatisticsView implements CampaignStatistics {
  @ApiProperty({ type: CampaignHeadlineView })
  campaign: CampaignHeadlineView;

  @ApiProperty({ type: StatisticsSummaryView })
  totals: StatisticsSummaryView;

  @ApiProperty({ type: [KeyPeriodFiguresView] })
  keyPeriods: KeyPeriodFiguresView[];
}
