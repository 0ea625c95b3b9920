// The Chinese texts of what a campaign sends, without a salutation (the notification template
// addresses the unit). The English `message` is for the log only.
import { PLACE_TYPE_LABELS } from '../labels/zh-cn';
import { beijingTimeText, spanText } from '../units/beijing-time';
import type { KeyPeriod } from './campaign';
import type { SweepTask } from './campaign-state';

export function warningText(campaignName: string, period: KeyPeriod) {
  const span = spanText(period.startsAt, period.endsAt);
  return {
    title: `消防安全提示：${period.name}`,
    text:
      `${period.name}（${span}）将至，根据${campaignName}部署，请提前开展针对性消防安全提示，` +
      `落实值班值守和应急准备，及时发现并整改火灾隐患。` +
      (period.note ? period.note : ''),
  };
}

export function sweepTaskText(period: KeyPeriod, task: SweepTask) {
  const places = task.placeTypes.map((type) => PLACE_TYPE_LABELS[type]).join('、');
  return {
    title: `集中检查任务：${period.name}`,
    text:
      `请于${beijingTimeText(task.dueAt)}前完成${period.name}集中检查（任务${task.id}），` +
      `重点检查${places}，如实记录检查情况，发现隐患及时登记整改。`,
  };
}

export function sweepOverdueText(period: KeyPeriod, task: SweepTask) {
  return {
    title: `集中检查任务逾期：${period.name}`,
    text: `${period.name}集中检查任务${task.id}已于${beijingTimeText(task.dueAt)}到期，尚未记录检查情况，请立即完成并报告。`,
  };
}

export function nightPatrolText(period: KeyPeriod, night: number) {
  return {
    title: `夜查提醒：${period.name}`,
    text: `今晚是${period.name}期间第${night}次夜查，请组织人员开展夜间巡查，重点关注人员密集场所和九小场所用火用电安全。`,
  };
}
