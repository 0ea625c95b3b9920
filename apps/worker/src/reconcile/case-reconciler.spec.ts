import type { CaseView } from '@firecase/contract';
import { reconcileCases, type ReconcileDeps } from './case-reconciler';

function view(caseNumber: string, revision: number, status = 'rectifying'): CaseView {
  return {
    state: {
      caseNumber,
      revision,
      status,
      discovery: {
        location: { community: 'Taibai', address: '1 Road' },
        category: 'high_rise',
        hazardType: 'high_rise.sprinkler_fault',
        description: 'x',
        severity: 'major',
        responsibleParty: { name: 'Unit' },
        department: 'emergency',
        evidence: [],
        discoveredAt: '2026-11-28T00:00:00.000Z',
      },
      policy: { version: 'v1' },
      escalationLevel: 0,
      overdue: false,
      deadlines: [],
      rungs: [],
      events: [],
    },
    obligations: [],
  } as unknown as CaseView;
}

function deps(
  workflows: Record<string, CaseView | undefined>,
  stored: Record<string, number>,
  running: string[],
  openInReadModel: string[],
) {
  const projected: CaseView[] = [];
  const d: ReconcileDeps = {
    async *runningCases() {
      yield* running;
    },
    openCasesInReadModel: async () => openInReadModel,
    queryCase: async (n) => workflows[n],
    storedRevision: async (n) => stored[n],
    project: async (v) => {
      projected.push(v);
    },
  };
  return { d, projected };
}

describe(reconcileCases.name, () => {
  it('rewrites rows that are missing or behind their workflow, and leaves current ones alone', async () => {
    const { d, projected } = deps(
      {
        'TB-2026-000001': view('TB-2026-000001', 5),
        'TB-2026-000002': view('TB-2026-000002', 3),
        'TB-2026-000003': view('TB-2026-000003', 9, 'closed'),
      },
      { 'TB-2026-000002': 3, 'TB-2026-000003': 7 },
      ['TB-2026-000001', 'TB-2026-000002'],
      ['TB-2026-000002', 'TB-2026-000003'],
    );
    const report = await reconcileCases(d);
    expect(report.checked).toBe(3);
    expect(report.repaired).toEqual([
      { caseNumber: 'TB-2026-000001', from: undefined, to: 5, status: 'rectifying' },
      { caseNumber: 'TB-2026-000003', from: 7, to: 9, status: 'closed' },
    ]);
    expect(projected.map((v) => v.state.caseNumber)).toEqual(['TB-2026-000001', 'TB-2026-000003']);
  });

  it('reports a case whose workflow cannot be read instead of stopping', async () => {
    const { d } = deps({}, {}, [], ['TB-2026-000009']);
    const report = await reconcileCases(d);
    expect(report.repaired).toEqual([]);
    expect(report.unreadable).toEqual([
      { caseNumber: 'TB-2026-000009', error: expect.stringMatching(/no workflow/) },
    ]);
  });
});
