// The demo organisation and cases against the real PostgreSQL and Temporal: loaded once, then
// again without change; the cases cover every status and every rung the ladder can reach at once.
import { demoCaseServices, seedDemoCases, seedDemoOrganisation } from '@firecase/api';
import { CASE_STATUSES } from '@firecase/domain';
import { OrganisationRepository, UserRepository } from '@firecase/persistence';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

type View = { state: { status: string; overdue: boolean; rungs: { kind: string }[] } };

describe(seedDemoOrganisation.name, () => {
  const stack = useRealStack({ database: true, worker: true, api: true });
  const auditor = signedInUser(stack, { role: 'auditor' });

  it('loads the demo people with passwords, and keeps them when run again', async () => {
    const organisation = new OrganisationRepository(stack.database);
    const users = new UserRepository(stack.database);
    const first = await seedDemoOrganisation(organisation, users);
    expect(first.slice(0, 4).map((u) => u.role)).toEqual([
      'officer',
      'supervisor',
      'auditor',
      'administrator',
    ]);
    expect(first.every((u) => typeof u.password === 'string' && u.password.length >= 16)).toBe(
      true,
    );
    const again = await seedDemoOrganisation(organisation, users);
    expect(again.every((u) => u.password === undefined)).toBe(true);
    expect((await organisation.departments()).map((d) => d.code)).toHaveLength(6);
    expect((await organisation.communities()).length).toBeGreaterThanOrEqual(5);
    expect((await users.findByUsername('officer.li'))?.displayName).toMatch(/\p{Script=Han}/u);
  });

  it('opens two dozen cases in every status and up the ladder, once', async () => {
    const seeded = await seedDemoCases(demoCaseServices(stack.api));
    expect(seeded.filter((c) => c.outcome !== 'opened')).toEqual([]);
    expect(seeded.length).toBeGreaterThanOrEqual(24);
    const views: View[] = [];
    for (const c of seeded) {
      const response = await stack.http().get(`/cases/${c.caseNumber}`).set(auditor).expect(200);
      views.push(response.body as View);
    }
    const statuses = new Set(views.map((v) => v.state.status));
    expect([...statuses].sort()).toEqual([...CASE_STATUSES].sort());
    // 通报批评 and 移交执法 follow at the end of the day the interviewed unit committed to.
    const rungs = new Set(views.flatMap((v) => v.state.rungs.map((r) => r.kind)));
    expect([...rungs]).toEqual(expect.arrayContaining(['reminder', 'overdue', 'interview']));
    expect(views.some((v) => v.state.overdue)).toBe(true);
    const again = await seedDemoCases(demoCaseServices(stack.api));
    expect(again.every((c) => c.outcome === 'exists')).toBe(true);
  });
});
