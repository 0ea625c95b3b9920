// The Chinese texts a unit supervision case sends; `message` (English) is for the log only.
import { beijingTimeText } from '../units/beijing-time';
import type { UnitSupervisionState } from './supervision-state';
import type { LagReason } from './lagging';

const reasonsText = (reasons: readonly LagReason[]) => reasons.map((r) => r.text).join('；');

export function openedText(state: UnitSupervisionState) {
  return {
    title: `督办：${state.unit.name}`,
    text:
      `${state.unit.name}在${state.campaign.name}中${reasonsText(state.openedFor)}，` +
      `街道已启动督办（${state.number}），请立即组织整改，按期销号。`,
  };
}

export function noticeIssuedText(state: UnitSupervisionState, summary: string) {
  return {
    title: `督办通知：${state.unit.name}`,
    text: `${summary}（督办${state.number}）`,
  };
}

export function criticismText(state: UnitSupervisionState, noticeNo: string) {
  return {
    title: `通报批评：${state.unit.name}`,
    text: `${state.unit.name}督办后仍未整改到位，街道予以通报批评（${noticeNo}）。`,
  };
}

export function interviewOpenedText(state: UnitSupervisionState, dueAt: string) {
  return {
    title: `约谈单位负责人：${state.unit.name}`,
    text: `${state.unit.name}通报批评后仍未整改到位，请于${beijingTimeText(dueAt)}前约谈其负责人（督办${state.number}）。`,
  };
}

export function interviewScheduledText(state: UnitSupervisionState, at: string, location: string) {
  return {
    title: `约谈安排：${state.unit.name}`,
    text: `请${state.unit.name}负责人于${beijingTimeText(at)}到${location}接受约谈（督办${state.number}）。`,
  };
}

export function rungOverdueText(state: UnitSupervisionState, rungName: string, dueAt: string) {
  return {
    title: `督办环节逾期：${state.unit.name}`,
    text: `${state.unit.name}督办${state.number}的${rungName}应于${beijingTimeText(dueAt)}前完成，目前尚未完成。`,
  };
}

export function commitmentMissedText(state: UnitSupervisionState, committedDate: string) {
  return {
    title: `约谈承诺逾期：${state.unit.name}`,
    text: `${state.unit.name}约谈时承诺于${committedDate}前整改到位，到期各项指标仍未恢复（督办${state.number}）。`,
  };
}

export function closedText(state: UnitSupervisionState, recovered: boolean, reason: string) {
  return {
    title: `督办销号：${state.unit.name}`,
    text: recovered
      ? `${state.unit.name}各项指标已恢复正常，督办${state.number}销号。`
      : `督办${state.number}已关闭：${reason}`,
  };
}
