import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { CaseSearchAttributes } from '@firecase/contract';
import { type UnitSupervisionState, unitKey } from '@firecase/domain';

/** Keeps unit supervision cases findable in Temporal's UI and CLI. */
export function supervisionSearchAttributes(
  state: UnitSupervisionState,
): SearchAttributeUpdatePair[] {
  return [
    { key: CaseSearchAttributes.campaignId, value: state.campaign.code },
    { key: CaseSearchAttributes.supervisionUnit, value: unitKey(state.unit) },
    { key: CaseSearchAttributes.supervisionLevel, value: state.level },
  ];
}
