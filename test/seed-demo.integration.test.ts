// The demo organisation against the real PostgreSQL: loaded once, then again without change.
import { seedDemoOrganisation } from '@firecase/api';
import { OrganisationRepository, UserRepository } from '@firecase/persistence';
import { useRealStack } from './support/real-stack';

describe(seedDemoOrganisation.name, () => {
  const stack = useRealStack({ database: true });

  it('loads one user of each role with a password, and keeps them when run again', async () => {
    const organisation = new OrganisationRepository(stack.database);
    const users = new UserRepository(stack.database);
    const first = await seedDemoOrganisation(organisation, users);
    expect(first.map((u) => u.role)).toEqual(['officer', 'supervisor', 'auditor', 'administrator']);
    expect(first.every((u) => typeof u.password === 'string' && u.password.length >= 16)).toBe(
      true,
    );
    const again = await seedDemoOrganisation(organisation, users);
    expect(again.every((u) => u.password === undefined)).toBe(true);
    expect((await organisation.departments()).map((d) => d.code)).toHaveLength(6);
    expect((await organisation.communities()).length).toBeGreaterThanOrEqual(3);
  });
});
