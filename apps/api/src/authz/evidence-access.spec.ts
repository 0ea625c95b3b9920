import type { AuthenticatedUser } from '../auth/authenticated-user';
import { mayReadEvidence } from './evidence-access';

const user = (overrides: Partial<AuthenticatedUser>): AuthenticatedUser => ({
  id: 'u-1',
  username: 'u1',
  displayName: 'U',
  role: 'officer',
  departmentCode: 'emergency',
  communityCodes: [],
  ...overrides,
});

const uploadedByPlanning = {
  uploaderId: 'u-planner',
  uploaderDepartment: 'planning_environment',
  citingCases: [],
};

describe(mayReadEvidence.name, () => {
  it("keeps a department's evidence from other departments until a case they read cites it", () => {
    const outsider = user({ communityCodes: ['taibai'] });
    expect(mayReadEvidence(outsider, uploadedByPlanning)).toBe(false);
    const cited = {
      ...uploadedByPlanning,
      citingCases: [{ department: 'planning_environment', community: 'taibai' }],
    };
    expect(mayReadEvidence(outsider, cited)).toBe(true);
    expect(mayReadEvidence(user({ communityCodes: [] }), cited)).toBe(false);
  });

  it('lets the uploader, their department and auditors read it; administrators not', () => {
    expect(mayReadEvidence(user({ id: 'u-planner' }), uploadedByPlanning)).toBe(true);
    expect(
      mayReadEvidence(user({ departmentCode: 'planning_environment' }), uploadedByPlanning),
    ).toBe(true);
    expect(
      mayReadEvidence(user({ role: 'auditor', departmentCode: null }), uploadedByPlanning),
    ).toBe(true);
    const admin = user({ role: 'administrator', departmentCode: null });
    const cited = {
      ...uploadedByPlanning,
      citingCases: [{ department: 'emergency', community: 'x' }],
    };
    expect(mayReadEvidence(admin, cited)).toBe(false);
  });
});
