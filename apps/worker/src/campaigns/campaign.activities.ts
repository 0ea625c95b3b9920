import { type CampaignActivities, campaignWorkflowId } from '@firecase/contract';
import { departmentLabel, type Unit } from '@firecase/domain';
import type {
  CampaignRepository,
  CaseNotificationRepository,
  OrganisationRepository,
} from '@firecase/persistence';
import { enqueueUnitNotifications } from './unit-notification-outbox';

export interface CampaignActivityDeps {
  readonly campaigns: Pick<CampaignRepository, 'project'>;
  readonly organisation: Pick<OrganisationRepository, 'departments' | 'communities'>;
  readonly notifications: Pick<CaseNotificationRepository, 'enqueue'>;
}

/** The campaign workflow's activities over injected repositories; each is idempotent. */
export function createCampaignActivities({
  campaigns,
  organisation,
  notifications,
}: CampaignActivityDeps): CampaignActivities {
  return {
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
  };
}
