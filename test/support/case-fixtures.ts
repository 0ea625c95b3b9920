import type { HazardCaseWorkflowInput } from '@firecase/contract';
import {
  type Actor,
  CURRENT_RULES_VERSION,
  DEFAULT_CASE_POLICY,
  type Discovery,
} from '@firecase/domain';

export const officer: Actor = { userId: 'u-officer-li', name: 'Li Wei', role: 'officer' };
export const supervisor: Actor = {
  userId: 'u-supervisor-zhang',
  name: 'Zhang Min',
  role: 'supervisor',
};

let counter = 0;

/** A fresh, valid case number for one test: TB-YYYY-NNNNNN. */
export function nextCaseNumber(): string {
  counter += 1;
  const unique = (Date.now() % 10_000) * 100 + (counter % 100);
  return `TB-2026-${String(unique).padStart(6, '0')}`;
}

export function discovery(overrides: Partial<Discovery> = {}): Discovery {
  return {
    location: {
      community: 'Taibai Community',
      grid: 'G-03',
      building: 'Block 2',
      address: '12 Kaiyuan Road, Wanzhou',
    },
    category: 'electric_bike',
    hazardType: 'electric_bike.charged_from_ad_hoc_wiring',
    description: 'E-bikes charging from an extension lead in the stairwell',
    severity: 'general',
    responsibleParty: {
      name: 'Sunrise Property Management Co.',
      contactPerson: 'Wang Fang',
      phone: '023-5800-0000',
      head: 'Chen Gang',
    },
    department: 'planning_environment',
    evidence: [{ evidenceId: 'ev-stairwell-1' }],
    discoveredAt: new Date().toISOString(),
    ...overrides,
  };
}

export function caseInput(
  overrides: Partial<Discovery> = {},
  extra: Partial<HazardCaseWorkflowInput> = {},
): HazardCaseWorkflowInput {
  return {
    caseNumber: nextCaseNumber(),
    discovery: discovery(overrides),
    registeredBy: officer,
    policy: DEFAULT_CASE_POLICY,
    rulesVersion: CURRENT_RULES_VERSION,
    ...extra,
  };
}
