import { Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { type CampaignView, campaignWorkflowId, getCampaignQuery } from '@firecase/contract';
import type { CampaignState, SweepTask } from '@firecase/domain';
import {
  AuditTrailRepository,
  type CampaignRecord,
  CampaignRepository,
} from '@firecase/persistence';

/** A campaign as the API shows it: its definition, where it stands, its steps and tasks. */
export interface CampaignResponse extends Omit<CampaignState, 'campaign' | 'events'> {
  readonly code: string;
  readonly definition: CampaignState['campaign'];
}

export interface TaskFilter {
  readonly keyPeriod?: string;
  readonly status?: string;
  readonly unitKind?: string;
  readonly unitCode?: string;
}

/** Campaign reads: from the read model, and from the workflow right after a change. */
@Injectable()
export class CampaignReadService {
  constructor(
    private readonly client: Client,
    private readonly campaigns: CampaignRepository,
    private readonly auditTrail: AuditTrailRepository,
  ) {}

  async list(): Promise<CampaignResponse[]> {
    return (await this.campaigns.list()).map(present);
  }

  async get(code: string): Promise<CampaignResponse> {
    return present(await this.record(code));
  }

  async tasks(code: string, filter: TaskFilter): Promise<SweepTask[]> {
    const campaign = await this.get(code);
    return campaign.tasks.filter(
      (t) =>
        (filter.keyPeriod === undefined || t.keyPeriodCode === filter.keyPeriod) &&
        (filter.status === undefined || t.status === filter.status) &&
        (filter.unitKind === undefined || t.unit.kind === filter.unitKind) &&
        (filter.unitCode === undefined || t.unit.code === filter.unitCode),
    );
  }

  async history(code: string) {
    await this.record(code);
    return this.auditTrail.listCaseEvents(campaignWorkflowId(code));
  }

  /** The workflow's own view (just after an update or its start); the read model if it is gone. */
  async live(code: string): Promise<CampaignResponse> {
    try {
      const view = await this.client.workflow
        .getHandle(campaignWorkflowId(code))
        .query<CampaignView>(getCampaignQuery);
      return presentState(view.state);
    } catch {
      return this.get(code);
    }
  }

  async record(code: string): Promise<CampaignRecord> {
    const record = await this.campaigns.find(code);
    if (!record) throw new NotFoundException(`campaign ${code} not found`);
    return record;
  }
}

export function presentState(state: CampaignState): CampaignResponse {
  return {
    code: state.campaign.code,
    definition: state.campaign,
    status: state.status,
    revision: state.revision,
    steps: state.steps,
    tasks: state.tasks,
    nextEvaluationAt: state.nextEvaluationAt,
    supervisions: state.supervisions,
    cancelled: state.cancelled,
  };
}

function present(record: CampaignRecord): CampaignResponse {
  if (record.state) return presentState(record.state);
  // Defined, its workflow's first projection not landed yet.
  return {
    code: record.code,
    definition: record.definition,
    status: record.status,
    revision: record.revision,
    steps: [],
    tasks: [],
    supervisions: [],
  };
}
