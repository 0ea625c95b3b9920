import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@firecase/config';
import { CAMPAIGN_CATEGORIES, type CampaignDefinition } from '@firecase/domain';
import { AuditKeyring, AuditTrailRepository, CampaignRepository } from '@firecase/persistence';
import { temporalConnectionOptions } from '@firecase/temporal';
import { definitionOf } from '../campaigns/campaign-definition';
import { startCampaign } from '../campaigns/campaign-start';
import type { DefineCampaignDto } from '../campaigns/dto/define-campaign.dto';

/** Invented names of the leaders answerable for each category (责任领导). */
const LEADERS = ['刘志强', '陈晓梅', '张卫东', '李红霞', '赵文斌', '孙丽娟', '周国平'];

/**
 * The seed notice's campaign, 2023年今冬明春消防安全防范工作 (November 2023 – March 2024), with its
 * seven categories and their lead departments from the catalogue and its real key periods:
 * 元旦 (1 January 2024), 春节 (the holiday of 10–17 February 2024) and 全国两会 (from 4 March 2024;
 * the CPPCC opened on the 4th and the NPC closed on the 11th).
 */
export const DEMO_CAMPAIGN: DefineCampaignDto = {
  code: 'taibai-2023-winter-spring',
  name: '2023年今冬明春消防安全防范工作',
  start: '2023-11-01',
  end: '2024-03-31',
  categories: CAMPAIGN_CATEGORIES.map((category, index) => ({
    category: category.code,
    leadDepartment: category.leadDepartment,
    responsibleLeader: LEADERS[index % LEADERS.length],
  })),
  keyPeriods: [
    {
      code: 'new-year',
      name: '元旦',
      start: '2024-01-01',
      calls: ['warning', 'sweep', 'night_patrol'],
    },
    {
      code: 'spring-festival',
      name: '春节',
      start: '2024-02-10',
      end: '2024-02-17',
      calls: ['warning', 'sweep', 'night_patrol'],
      note: '严格落实烟花爆竹禁放区管控，防范祭祀用火引发山火。',
    },
    {
      code: 'two-sessions',
      name: '全国两会',
      start: '2024-03-04',
      end: '2024-03-11',
      calls: ['warning', 'sweep', 'night_patrol'],
      note: '落实现场值守和夜间巡查，确保全国两会期间消防安全形势稳定。',
    },
  ],
};

/** The demo campaign as defined on 30 October 2023 by the office's administrator. */
export function demoCampaignDefinition(): CampaignDefinition {
  return {
    ...definitionOf(DEMO_CAMPAIGN),
    definedBy: { userId: 'seed-demo', name: '太白街道办事处', role: 'administrator' },
    definedAt: '2023-10-30T01:00:00.000Z',
  };
}

/**
 * `seed:demo`'s campaign: stored and its workflow started on the configured Temporal server
 * (a second run changes nothing). Its key periods lie in the past, so the workflow records each
 * step as skipped and closes: campaigns do not send yesterday's warnings.
 */
export async function seedDemoCampaign(
  config: AppConfig,
  dataSource: DataSource,
  print: (line: string) => void,
): Promise<void> {
  const connection = await Connection.connect(temporalConnectionOptions(config.temporal));
  try {
    const client = new Client({ connection, namespace: config.temporal.namespace });
    const campaigns = new CampaignRepository(
      dataSource,
      new AuditTrailRepository(dataSource, new AuditKeyring(config.audit.key)),
    );
    const { created } = await startCampaign(client, campaigns, demoCampaignDefinition());
    print(
      `seed:demo: campaign ${DEMO_CAMPAIGN.code} (${DEMO_CAMPAIGN.name}) ${created ? 'defined' : 'exists already: kept'}\n`,
    );
  } finally {
    await connection.close();
  }
}
