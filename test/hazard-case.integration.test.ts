// Integration on the real stack: the Temporal dev server (the CLI built from source) and the
// embedded PostgreSQL, with the worker app as main() boots it. One case runs its whole path and
// is then found by its search attributes through `temporal workflow list`, the way an operator
// would find it; its read-model row and notifications are read back from PostgreSQL.
import { execFileSync } from 'node:child_process';
import {
  CASE_TASK_QUEUE,
  CASE_UPDATES,
  getCaseQuery,
  HAZARD_CASE_WORKFLOW,
} from '@firecase/contract';
import { AuditKeyring, AuditTrailRepository } from '@firecase/persistence';
import { caseInput, officer, supervisor } from './support/case-fixtures';
import { recordingVersion, saveHistory } from './support/histories';
import { useRealStack } from './support/real-stack';
import { stackConfig } from './support/stack';

describe('hazard case on the real Temporal dev server and PostgreSQL', () => {
  const stack = useRealStack({ worker: true, temporal: true, database: true });

  it('runs a case from discovery to closure, findable by its search attributes', async () => {
    const input = caseInput({
      severity: 'major',
      category: 'high_rise',
      hazardType: 'high_rise.sprinkler_fault',
      location: {
        community: 'Shuanghe Community',
        grid: 'G-11',
        address: '8 Beishan Avenue',
        building: 'Tower A',
      },
    });
    const handle = await stack.client.workflow.start(HAZARD_CASE_WORKFLOW, {
      taskQueue: CASE_TASK_QUEUE,
      workflowId: input.caseNumber,
      args: [input],
    });

    await handle.executeUpdate(CASE_UPDATES.issueNotice, {
      args: [
        { actor: officer, requirements: 'Repair the sprinkler pump; keep a fire watch meanwhile' },
      ],
    });
    await handle.executeUpdate(CASE_UPDATES.serveNotice, {
      args: [{ actor: officer, method: 'in_person', recipient: 'Chen Gang', evidence: [] }],
    });
    await handle.executeUpdate(CASE_UPDATES.recordInterimMeasures, {
      args: [
        {
          actor: officer,
          measures: ['fire watch on every floor', 'extinguishers staged'],
          evidence: [],
        },
      ],
    });
    await handle.executeUpdate(CASE_UPDATES.reportRectification, {
      args: [{ actor: officer, note: 'pump replaced', evidence: [{ evidenceId: 'ev-pump' }] }],
    });

    const openCases = await waitForList(
      `WorkflowId = '${input.caseNumber}' AND CaseStatus = 'awaiting_reinspection' AND CaseSeverity = 'major' AND CaseCommunity = 'Shuanghe Community'`,
    );
    expect(openCases).toContain(input.caseNumber);

    await handle.executeUpdate(CASE_UPDATES.recordReinspection, {
      args: [
        {
          actor: officer,
          passed: true,
          findings: 'sprinklers tested, pressure normal',
          evidence: [],
        },
      ],
    });
    await handle.executeUpdate(CASE_UPDATES.closeCase, {
      args: [{ actor: supervisor, note: 'struck off', evidence: [] }],
    });
    await expect(handle.result()).resolves.toMatchObject({ status: 'closed' });

    const closed = await waitForList(
      `WorkflowId = '${input.caseNumber}' AND CaseStatus = 'closed' AND CaseDepartment = 'planning_environment' AND CaseOverdue = false AND CaseEscalationLevel = 0`,
    );
    expect(closed).toContain(input.caseNumber);

    const [row] = await stack.database.query<
      { status: string; revision: number; policy_version: string }[]
    >('SELECT status, revision, policy_version FROM hazard_case WHERE case_number = $1', [
      input.caseNumber,
    ]);
    expect(row).toMatchObject({ status: 'closed', policy_version: input.policy.version });
    const notified = await stack.database.query<{ kind: string }[]>(
      'SELECT kind FROM case_notification WHERE case_number = $1',
      [input.caseNumber],
    );
    expect(notified.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['notice_served', 'reinspection_due', 'closure_due']),
    );
    const auditTrail = new AuditTrailRepository(
      stack.database,
      new AuditKeyring(stackConfig().audit.key),
    );
    await expect(auditTrail.verifyCaseChain(input.caseNumber)).resolves.toMatchObject({
      valid: true,
    });
    const timeline = (await handle.query(getCaseQuery)).state.events.map((e) => e.type);
    const audited = await auditTrail.listCaseEvents(input.caseNumber);
    expect(audited.map((e) => e.eventType)).toEqual(timeline);

    const version = recordingVersion();
    if (version) {
      const config = stackConfig();
      const history = execFileSync(
        process.env.FIRECASE_TEMPORAL_CLI!,
        [
          'workflow',
          'show',
          '--address',
          config.temporal.address,
          '--namespace',
          config.temporal.namespace,
          '--workflow-id',
          input.caseNumber,
          '--output',
          'json',
        ],
        { encoding: 'utf8' },
      );
      saveHistory(version, 'major-closed', history);
    }
  });

  /** `temporal workflow list --query …` until the visibility store has caught up. */
  async function waitForList(query: string): Promise<string> {
    const config = stackConfig();
    let output = '';
    for (let attempt = 0; attempt < 120; attempt += 1) {
      output = execFileSync(
        process.env.FIRECASE_TEMPORAL_CLI!,
        [
          'workflow',
          'list',
          '--address',
          config.temporal.address,
          '--namespace',
          config.temporal.namespace,
          '--query',
          query,
        ],
        { encoding: 'utf8' },
      );
      if (output.includes('TB-')) return output;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return output;
  }
});
