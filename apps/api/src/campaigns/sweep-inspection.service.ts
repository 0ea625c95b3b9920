import { ForbiddenException, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import {
  CAMPAIGN_UPDATES,
  type CampaignView,
  campaignWorkflowId,
  getCampaignQuery,
} from '@firecase/contract';
import { type CampaignCommands, CampaignErrorCode, isCampaignFinished } from '@firecase/domain';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import { mayWorkForUnit } from '../authz/unit-scope';
import { CaseOpeningService } from '../cases/case-opening.service';
import { campaignRefusal, translateCampaignError } from './campaign-error-status';
import { CampaignReadService, presentState } from './campaign-read.service';
import type { RecordInspectionDto } from './dto/record-inspection.dto';

/**
 * 集中检查: records the inspection that does a sweep task. Hazards found are registered first,
 * through the case-opening service (each with a key derived from the task, so a retry opens
 * nothing twice), then the inspection goes to the campaign workflow naming their case numbers.
 */
@Injectable()
export class SweepInspectionService {
  constructor(
    private readonly client: Client,
    private readonly reads: CampaignReadService,
    private readonly opening: CaseOpeningService,
  ) {}

  async record(code: string, taskId: string, dto: RecordInspectionDto, user: AuthenticatedUser) {
    await this.reads.record(code); // 404 for an unknown campaign
    const handle = this.client.workflow.getHandle(campaignWorkflowId(code));
    const { state } = await handle
      .query<CampaignView>(getCampaignQuery)
      .catch((error: unknown) => translateCampaignError(code, error));
    if (isCampaignFinished(state.status)) {
      throw campaignRefusal(
        CampaignErrorCode.CampaignFinished,
        `campaign ${code} is ${state.status}`,
      );
    }
    const task = state.tasks.find((t) => t.id === taskId);
    if (!task)
      throw campaignRefusal(CampaignErrorCode.TaskNotFound, `sweep task ${taskId} not found`);
    if (!mayWorkForUnit(user, task.unit)) {
      throw new ForbiddenException(
        `sweep task ${taskId} belongs to ${task.unit.name}, not to your unit`,
      );
    }
    if (task.status !== 'open') {
      throw campaignRefusal(
        CampaignErrorCode.TaskNotOpen,
        `sweep task ${taskId} is ${task.status}`,
      );
    }
    const inspectedAt = new Date(dto.inspectedAt).toISOString();
    const hazardCaseNumbers: string[] = [];
    for (const [index, hazard] of (dto.hazards ?? []).entries()) {
      const opened = await this.opening.open(
        { ...hazard, discoveredAt: inspectedAt, campaignId: code },
        user,
        `sweep:${code}:${taskId}:${index + 1}`,
      );
      hazardCaseNumbers.push(opened.caseNumber);
    }
    const input: CampaignCommands['recordSweepInspection'] = {
      actor: actorOf(user),
      taskId,
      inspectedAt,
      placesInspected: dto.placesInspected.map((p) => ({ placeType: p.placeType, count: p.count })),
      findings: dto.findings,
      hazardCaseNumbers,
      evidence: dto.evidence ?? [],
    };
    try {
      const view = await handle.executeUpdate<CampaignView, [typeof input]>(
        CAMPAIGN_UPDATES.recordSweepInspection.name,
        { args: [input] },
      );
      return {
        campaign: presentState(view.state),
        task: view.state.tasks.find((t) => t.id === taskId),
      };
    } catch (error) {
      return translateCampaignError(code, error);
    }
  }

  async cancel(code: string, reason: string, user: AuthenticatedUser) {
    await this.reads.record(code);
    const input: CampaignCommands['cancelCampaign'] = { actor: actorOf(user), reason };
    try {
      const view = await this.client.workflow
        .getHandle(campaignWorkflowId(code))
        .executeUpdate<CampaignView, [typeof input]>(CAMPAIGN_UPDATES.cancelCampaign.name, {
          args: [input],
        });
      return presentState(view.state);
    } catch (error) {
      return translateCampaignError(code, error);
    }
  }
}
