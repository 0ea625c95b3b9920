import { LedgerFilterQuery } from '../cases/dto/list-cases.query';
import { CampaignCode } from '../cases/dto/validation.decorators';

/** The ledger's filters, and a campaign's code. */
export class StatisticsQuery extends LedgerFilterQuery {
  /** 专项行动: only the cases of this campaign. */
  @CampaignCode(true)
  campaign?: string;
}
