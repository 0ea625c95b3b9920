import { BENCH_DEPARTMENT } from './bench-users';
import { CAMPAIGN_CATEGORIES, type Discovery, hazardTypesOf } from '@firecase/domain';

const COMMUNITIES = [
  'Taibai Community',
  'Kaiyuan Community',
  'Beishan Village',
  'Xinhua Community',
];

/** A valid, varied registration (发现/登记), recognisable in the ledger as the benchmark's. */
export function benchCaseBody(index: number, discoveredAt: string): Omit<Discovery, 'evidence'> {
  const category = CAMPAIGN_CATEGORIES[index % CAMPAIGN_CATEGORIES.length];
  const types = hazardTypesOf(category.code);
  return {
    location: {
      community: COMMUNITIES[index % COMMUNITIES.length],
      grid: `G-${String((index % 12) + 1).padStart(2, '0')}`,
      address: `${(index % 300) + 1} Kaiyuan Road, Wanzhou`,
    },
    category: category.code,
    hazardType: types[index % types.length].code,
    description: 'Benchmark case opened by `npm run bench`',
    severity: index % 10 === 0 ? 'major' : 'general',
    responsibleParty: { name: 'Benchmark Property Services Co.', head: 'Bench Head' },
    // One department for every case: the bench's officer may only open cases of their own.
    department: BENCH_DEPARTMENT,
    discoveredAt,
  };
}

/** The same registration as a workflow input holds it (the API adds the empty evidence list). */
export function benchDiscovery(index: number, discoveredAt: string): Discovery {
  return { ...benchCaseBody(index, discoveredAt), evidence: [] };
}

/** The lifecycle after registration, in order: each step is one API call (a workflow update). */
export const CASE_STEPS = [
  {
    operation: 'issue notice',
    action: 'notice',
    role: 'officer',
    body: { requirements: 'Remove the hazard (benchmark)' },
  },
  {
    operation: 'serve notice',
    action: 'notice/service',
    role: 'officer',
    body: { method: 'in_person', recipient: 'Bench Recipient' },
  },
  {
    operation: 'report rectification',
    action: 'rectification-reports',
    role: 'officer',
    body: { note: 'fixed (benchmark)' },
  },
  {
    operation: 're-inspection',
    action: 'reinspections',
    role: 'officer',
    body: { passed: true, findings: 'clear (benchmark)' },
  },
  {
    operation: 'close',
    action: 'closure',
    role: 'supervisor',
    body: { note: 'benchmark case, struck off' },
  },
] as const;
