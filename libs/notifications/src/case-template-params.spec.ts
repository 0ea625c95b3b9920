import { DEFAULT_CASE_POLICY, newCaseState } from '@firecase/domain';
import { caseTemplateParams } from './case-template-params';

describe(caseTemplateParams.name, () => {
  const state = newCaseState(
    {
      caseNumber: 'TB-2026-000007',
      registeredBy: { userId: 'o1', name: '李伟', role: 'officer' },
      policy: DEFAULT_CASE_POLICY,
      discovery: {
        location: { community: 'Taibai Community', address: '开元路12号' },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '楼道停放',
        severity: 'general',
        responsibleParty: { name: '绿叶物业' },
        department: 'planning_environment',
        evidence: [],
        discoveredAt: '2026-12-01T02:00:00Z',
      },
    },
    '2026-12-01T02:00:00Z',
  );

  it('names the case, its address, hazard and office in Chinese, the deadline in Beijing time', () => {
    expect(caseTemplateParams({ ...state, deadlineAt: '2026-12-08T15:59:59.999Z' })).toMatchObject({
      caseNumber: 'TB-2026-000007',
      address: '开元路12号',
      hazard: '在楼梯间违规停放电动车',
      office: '规环办',
      deadline: '2026-12-08 23:59',
    });
  });

  it("reads the interview from the case's record when the notification carries no params", () => {
    const withInterview = {
      ...state,
      rungs: [
        {
          id: 1,
          kind: 'interview' as const,
          level: 3,
          openedAt: '2026-12-01T02:00:00Z',
          reason: 'r',
          scheduled: {
            at: '2026-12-03T02:00:00Z',
            location: '街道办301室',
            interviewee: '孙浩',
            by: { userId: 's1', name: '张敏', role: 'supervisor' as const },
          },
        },
      ],
    };
    expect(caseTemplateParams(withInterview)).toMatchObject({
      interviewAt: '2026-12-03 10:00',
      location: '街道办301室',
      interviewee: '孙浩',
    });
    expect(caseTemplateParams(withInterview, { location: '会议室B' }).location).toBe('会议室B');
  });
});
