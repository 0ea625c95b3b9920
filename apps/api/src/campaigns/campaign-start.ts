import { ConflictException } from '@nestjs/common';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  CAMPAIGN_WORKFLOW,
  CASE_TASK_QUEUE,
  type CampaignWorkflowInput,
  campaignWorkflowId,
} from '@firecase/contract';
import type { CampaignDefinition } from '@firecase/domain';
import type { CampaignRepository } from '@firecase/persistence';

/**
 * Stores a campaign's definition under its code, then starts its workflow. A crash between the
 * two loses nothing: the same definition again finds the row and starts the workflow, which
 * Temporal starts at most once. Another definition under a taken code is refused (409).
 */
export async function startCampaign(
  client: Client,
  campaigns: Pick<CampaignRepository, 'define' | 'find'>,
  definition: CampaignDefinition,
): Promise<{ readonly created: boolean }> {
  const stored = await campaigns.define(definition);
  if (stored === 'different') {
    throw new ConflictException(
      `campaign ${definition.code} exists already with another definition`,
    );
  }
  const input: CampaignWorkflowInput = {
    campaign: stored === 'same' ? (await campaigns.find(definition.code))!.definition : definition,
  };
  try {
    await client.workflow.start(CAMPAIGN_WORKFLOW, {
      taskQueue: CASE_TASK_QUEUE,
      workflowId: campaignWorkflowId(definition.code),
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  return { created: stored === 'defined' };
}
