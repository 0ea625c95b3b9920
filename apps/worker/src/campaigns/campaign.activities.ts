import { Context } from '@temporalio/activity';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  type CampaignActivities,
  campaignWorkflowId,
  UNIT_SUPERVISION_WORKFLOW,
} from '@firecase/contract';
import { departmentLabel, type Unit, unitKey } from '@firecase/domain';
import type {
  NotificationOutbox,
  CampaignRepository,
  OrganisationRepository,
  UnitFiguresRepository,
  UnitSupervisionRepository,
} from '@firecase/persistence';
import { enqueueUnitNotifications } from './unit-notification-outbox';

export interface CampaignActivityDeps {
  readonly campaigns: Pick<CampaignRepository, 'project' | 'claimUnassignedCases'>;
  readonly organisation: Pick<OrganisationRepository, 'departments' | 'communities'>;
  readonly notifications: Pick<NotificationOutbox, 'queue'>;
  readonly figures: Pick<UnitFiguresRepository, 'figures'>;
  readonly supervisions: Pick<UnitSupervisionRepository, 'reserveNumber' | 'latestByUnit'>;
  /** Starts unit supervision workflows, on the task queue this activity runs on. */
  readonly temporal: Pick<Client, 'workflow'>;
  /** The clock figures are taken at; the real one but in tests that fix it. */
  readonly now?: () => Date;
}

/** The campaign workflow's activities over injected repositories; each is idempotent. */
export function createCampaignActivities(deps: CampaignActivityDeps): CampaignActivities {
  const { campaigns, organisation, notifications, figures, supervisions, temporal } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    async claimCampaignCases(campaignCode) {
      return campaigns.claimUnassignedCases(campaignCode);
    },
    async campaignUnits() {
      const [departments, communities] = await Promise.all([
        organisation.departments(),
        organisation.communities(),
      ]);
      return {
        departments: departments.map((d): Unit => ({
          kind: 'department',
          code: d.code,
          name: departmentLabel(d.code),
        })),
        communities: communities.map((c): Unit => ({
          kind: 'community',
          code: c.code,
          name: c.name,
        })),
      };
    },
    async projectCampaign(view) {
      await campaigns.project(campaignWorkflowId(view.state.campaign.code), view.state);
    },
    async deliverUnitNotifications(list) {
      await enqueueUnitNotifications(notifications, list);
    },
    async assessCampaignUnits(campaignCode) {
      const [all, latest] = await Promise.all([
        figures.figures(campaignCode, now().toISOString()),
        supervisions.latestByUnit(campaignCode),
      ]);
      return all.map((unitFigures) => {
        const latestSupervision = latest.get(unitKey(unitFigures.unit));
        return latestSupervision
          ? { figures: unitFigures, latestSupervision }
          : { figures: unitFigures };
      });
    },
    async reserveSupervisionNumber({ campaignCode, unit, ordinal }) {
      return supervisions.reserveNumber(campaignCode, unit, ordinal, now().toISOString());
    },
    async startUnitSupervision(input) {
      try {
        await temporal.workflow.start(UNIT_SUPERVISION_WORKFLOW, {
          taskQueue: Context.current().info.taskQueue,
          workflowId: input.number,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
      } catch (error) {
        // Started by an earlier attempt and finished since: nothing to do.
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    },
  };
}
