// Integration: after a "crash" that lost read-model rows, `npm run reconcile` (the built CLI, run
// as an operator would) finds every case behind its workflow on the real Temporal dev server and
// rewrites it in the real PostgreSQL, printing what it repaired.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import {
  CASE_TASK_QUEUE,
  CASE_UPDATES,
  getCaseQuery,
  HAZARD_CASE_WORKFLOW,
} from '@firecase/contract';
import { caseInput, officer } from './support/case-fixtures';
import { useRealStack } from './support/real-stack';

describe('reconcile: the read model converges to the workflows', () => {
  const stack = useRealStack({ worker: true, temporal: true, database: true });

  /**
   * The built CLI, as an operator runs it; asynchronously, since the worker answering its queries
   * lives in this process. Other test files share this database, and some put rows in the read
   * model that no workflow backs; those are reported as unreadable (exit code 2).
   */
  function runReconcile(): Promise<string> {
    const cli = join(__dirname, '..', 'apps', 'worker', 'dist', 'cli', 'reconcile.js');
    return new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        [cli],
        { env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn' }, encoding: 'utf8' },
        (error, stdout, stderr) => {
          if (error && error.code !== 2)
            reject(new Error(`reconcile failed (${String(error.code)}): ${stderr}${stdout}`));
          else resolve(stdout);
        },
      );
    });
  }

  async function revisionOf(caseNumber: string): Promise<number | undefined> {
    const rows: { revision: number }[] = await stack.database.query(
      'SELECT revision FROM hazard_case WHERE case_number = $1',
      [caseNumber],
    );
    return rows[0]?.revision;
  }

  /** The revision a new case settles at once its opening steps are projected. */
  async function settled(caseNumber: string): Promise<number> {
    for (let i = 0; i < 100; i += 1) {
      const { revision } = (await stack.client.workflow.getHandle(caseNumber).query(getCaseQuery))
        .state;
      if ((await revisionOf(caseNumber)) === revision) return revision;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${caseNumber} was not projected`);
  }

  async function projectedAt(caseNumber: string, revision: number): Promise<void> {
    for (let attempt = 0; attempt < 300; attempt += 1) {
      if (((await revisionOf(caseNumber)) ?? -1) >= revision) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${caseNumber} never reached revision ${revision}`);
  }

  it('repairs a lost row and a stale row, and leaves current rows alone', async () => {
    const lost = caseInput();
    const stale = caseInput();
    for (const input of [lost, stale]) {
      await stack.client.workflow.start(HAZARD_CASE_WORKFLOW, {
        taskQueue: CASE_TASK_QUEUE,
        workflowId: input.caseNumber,
        args: [input],
      });
    }
    const staleView = await stack.client.workflow
      .getHandle(stale.caseNumber)
      .executeUpdate(CASE_UPDATES.issueNotice, {
        args: [{ actor: officer, requirements: 'clear the passage' }],
      });
    const lostRevision = await settled(lost.caseNumber);
    await projectedAt(stale.caseNumber, staleView.state.revision);
    // The case may have moved on since it answered (its notice's own revision): use its latest.
    const staleRevision = await settled(stale.caseNumber);

    await stack.database.query('DELETE FROM hazard_case WHERE case_number = $1', [lost.caseNumber]);
    await stack.database.query(
      `UPDATE hazard_case SET revision = 1, status = 'awaiting_notice' WHERE case_number = $1`,
      [stale.caseNumber],
    );

    const output = await runReconcile();
    expect(output).toContain(
      `repaired ${lost.caseNumber}: revision none → ${lostRevision} (awaiting_notice)`,
    );
    expect(output).toContain(
      `repaired ${stale.caseNumber}: revision 1 → ${staleRevision} (awaiting_service)`,
    );
    expect(output).toMatch(/reconcile: checked \d+ case\(s\), repaired \d+, unreadable \d+/);
    expect(output).not.toContain(`could not read ${lost.caseNumber}`);
    expect(await revisionOf(lost.caseNumber)).toBe(lostRevision);
    const [row] = await stack.database.query<{ status: string; revision: number }[]>(
      'SELECT status, revision FROM hazard_case WHERE case_number = $1',
      [stale.caseNumber],
    );
    expect(row).toEqual({ status: 'awaiting_service', revision: staleRevision });

    const second = await runReconcile();
    expect(second).not.toContain(lost.caseNumber);
    expect(second).not.toContain(stale.caseNumber);
  });
});
