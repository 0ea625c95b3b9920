import { UNIT_NOTIFICATION_KINDS, type UnitNotification } from '@firecase/domain';
import { renderNotification, templateOf } from '@firecase/notifications';
import { toOutgoing } from './unit-notification-outbox';

const base = {
  subject: 'campaign-2023-winter',
  title: '消防安全提示：春节',
  text: '春节（2024年2月10日至2月17日）将至，请提前开展针对性消防安全提示。',
  message: 'campaign campaign-2023-winter: campaign_warning for community:taibai',
  dedupeKey: 'campaign:campaign-2023-winter:spring/warning:community:taibai',
  params: { campaign: '2023年今冬明春消防安全防范工作', period: '春节', step: 'spring/warning' },
} satisfies Omit<UnitNotification, 'kind'>;

describe('unit notifications through the outbox', () => {
  it.each(UNIT_NOTIFICATION_KINDS)('%s has a zh-CN template', (kind) => {
    expect(templateOf(kind)).toBeDefined();
  });

  it('addresses a community to the officers who cover it, by its name, about no case', () => {
    const outgoing = toOutgoing({
      ...base,
      kind: 'campaign_warning',
      unit: { kind: 'community', code: 'taibai', name: '太白社区' },
    });
    expect(outgoing).toMatchObject({
      kind: 'campaign_warning',
      recipients: [{ type: 'community_staff', community: 'taibai' }],
      params: { subject: base.subject, audience: 'community:taibai', office: '太白社区' },
    });
    expect(outgoing.caseNumber).toBeUndefined();
    const rendered = renderNotification(outgoing.kind, outgoing.params!, '太白街道')!;
    expect(rendered.title).toBe('2023年今冬明春消防安全防范工作：工作提示');
    expect(rendered.text).toBe(`请太白社区注意：${base.text}`);
  });

  it("addresses a department to its leader and the sub-district's leaders to every department's", () => {
    const toDepartment = toOutgoing({
      ...base,
      kind: 'sweep_task_opened',
      unit: { kind: 'department', code: 'emergency', name: '应急办' },
    });
    expect(toDepartment.recipients).toEqual([
      { type: 'department_leader', department: 'emergency' },
    ]);
    expect(
      renderNotification('sweep_task_opened', toDepartment.params!, '太白街道')!,
    ).toMatchObject({
      title: '2023年今冬明春消防安全防范工作：春节集中检查任务',
      text: `致应急办：${base.text}`,
    });
    const toLeaders = toOutgoing({
      ...base,
      kind: 'supervision_closed',
      params: { supervision: 'DB-2024-0001', unit: '太白社区', campaign: '冬春' },
    });
    expect(toLeaders.params).toMatchObject({
      audience: 'sub_district_leaders',
      office: '街道领导',
    });
    expect(toLeaders.recipients.length).toBeGreaterThan(1);
    expect(toLeaders.recipients.every((r) => r.type === 'department_leader')).toBe(true);
    expect(renderNotification('supervision_closed', toLeaders.params!, '太白街道')!.title).toBe(
      '督办销号：太白社区（DB-2024-0001）',
    );
  });
});
