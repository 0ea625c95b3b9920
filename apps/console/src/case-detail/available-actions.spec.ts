import { type CaseState, DEFAULT_CASE_POLICY, newCaseState } from '@firecase/domain';
import { availableActions } from './available-actions';

const NOW = '2024-03-01T02:00:00.000Z';
const officer = { id: 'u-1', displayName: '李伟', role: 'officer' as const };
const supervisor = { id: 'u-2', displayName: '张敏', role: 'supervisor' as const };
const auditor = { id: 'u-3', displayName: '陈静', role: 'auditor' as const };

function caseIn(status: CaseState['status'], changes: Partial<CaseState> = {}): CaseState {
  const state = newCaseState(
    {
      caseNumber: 'TB-2024-000001',
      registeredBy: { userId: 'u-1', name: '李伟', role: 'officer' },
      policy: DEFAULT_CASE_POLICY,
      discovery: {
        location: { community: '太白社区', address: '开元路 18 号' },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '楼梯间停放电动车',
        severity: 'general',
        responsibleParty: { name: '锦绣物业' },
        department: 'planning_environment',
        evidence: [],
        discoveredAt: '2024-02-28T01:00:00.000Z',
      },
    },
    '2024-02-28T01:00:00.000Z',
  );
  return { ...state, status, ...changes };
}

const served = {
  issuedAt: '2024-02-28T02:00:00.000Z',
  issuedBy: { userId: 'u-1', name: '李伟', role: 'officer' as const },
  requirements: '清理',
  serviceDueAt: '2024-03-04T15:59:59.999Z',
  served: {
    servedAt: '2024-02-28T03:00:00.000Z',
    method: 'in_person' as const,
    recipient: '王芳',
    recordedBy: { userId: 'u-1', name: '李伟', role: 'officer' as const },
    evidence: [],
  },
};

describe(availableActions.name, () => {
  it('offers an officer the notice on a new case, and a supervisor voiding and reassigning too', () => {
    expect(availableActions(caseIn('awaiting_notice'), officer, NOW)).toEqual(['issueNotice']);
    expect(availableActions(caseIn('awaiting_notice'), supervisor, NOW)).toEqual([
      'issueNotice',
      'voidCase',
      'reassignOfficer',
    ]);
  });

  it('offers the work of a case being rectified once its notice is served', () => {
    const state = caseIn('rectifying', { notice: served, deadlineAt: '2024-03-06T15:59:59.999Z' });
    expect(availableActions(state, officer, NOW)).toEqual([
      'reportRectification',
      'recordReinspection',
      'requestExtension',
    ]);
  });

  it('offers closure only to a supervisor, and only after a passed re-inspection', () => {
    const state = caseIn('rectified', { notice: served });
    expect(availableActions(state, supervisor, NOW)).toEqual([
      'closeCase',
      'voidCase',
      'reassignOfficer',
    ]);
    expect(availableActions(state, officer, NOW)).toEqual([]);
  });

  it('offers an auditor nothing, and nobody anything on a closed case', () => {
    expect(availableActions(caseIn('rectifying', { notice: served }), auditor, NOW)).toEqual([]);
    expect(availableActions(caseIn('closed'), supervisor, NOW)).toEqual([]);
  });
});
