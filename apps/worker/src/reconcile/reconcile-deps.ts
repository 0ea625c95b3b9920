import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { getCaseQuery, HAZARD_CASE_WORKFLOW } from '@firecase/contract';
import type { CaseProjectionWriter } from '@firecase/persistence';
import { toHazardCaseRow } from '../activities/case-projection';
import type { ReconcileDeps } from './case-reconciler';

/** The reconciler over the real Temporal client and PostgreSQL. */
export function reconcileDeps(
  client: Client,
  dataSource: DataSource,
  writer: Pick<CaseProjectionWriter, 'write'>,
): ReconcileDeps {
  return {
    async *runningCases() {
      const query = `WorkflowType = '${HAZARD_CASE_WORKFLOW}' AND ExecutionStatus = 'Running'`;
      for await (const execution of client.workflow.list({ query })) yield execution.workflowId;
    },
    async openCasesInReadModel() {
      const rows: { case_number: string }[] = await dataSource.query(
        `SELECT case_number FROM hazard_case WHERE status NOT IN ('closed', 'voided')`,
      );
      return rows.map((row) => row.case_number);
    },
    async queryCase(caseNumber) {
      try {
        return await client.workflow.getHandle(caseNumber).query(getCaseQuery);
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) return undefined;
        throw error;
      }
    },
    async storedRevision(caseNumber) {
      const rows: { revision: number }[] = await dataSource.query(
        'SELECT revision FROM hazard_case WHERE case_number = $1',
        [caseNumber],
      );
      return rows[0]?.revision;
    },
    async project(view) {
      await writer.write(toHazardCaseRow(view), view.state.events);
    },
  };
}
