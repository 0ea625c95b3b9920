import { ForbiddenException, Logger } from '@nestjs/common';
import type {
  CaseImportJobRepository,
  ImportJobRecord,
  ImportRowResult,
  ImportRowToOpen,
  UserRecord,
  UserRepository,
} from '@firecase/persistence';
import type { CaseOpeningService, OpenedCase } from '../../cases/case-opening.service';
import { CaseImportRunner } from './case-import.runner';

const JOB: ImportJobRecord = {
  id: 'job-1',
  status: 'running',
  userId: 'user-1',
  importer: {},
  fileName: 'a.csv',
  fileFormat: 'csv',
  fileEncoding: 'utf-8',
  columns: [{ column: '科室', field: 'department', use: 'read' }],
  totalRows: 3,
  counts: { pending: 3, opening: 0, imported: 0, already_imported: 0, rejected: 0 },
  attempts: 1,
  lastError: null,
  createdAt: '2026-12-01T00:00:00Z',
  startedAt: '2026-12-01T00:00:00Z',
  finishedAt: null,
};

const USER: UserRecord = {
  id: 'user-1',
  username: 'officer.li',
  displayName: '李伟',
  role: 'officer',
  departmentCode: 'planning_environment',
  communityCodes: [],
  disabled: false,
  tokenVersion: 0,
  createdAt: '2026-01-01T00:00:00Z',
  mobilePhone: null,
  email: null,
};

const row = (line: number, overrides: Partial<ImportRowToOpen> = {}): ImportRowToOpen => ({
  line,
  body: { description: `row ${line}` },
  idempotencyKey: `import:${line}`,
  retried: false,
  keySeenBefore: false,
  ...overrides,
});

/** A job repository holding one job's rows in memory, and what the runner told it. */
function fakeJobs(steps: ImportRowToOpen[][], job = JOB) {
  const calls: string[] = [];
  const recorded: ImportRowResult[] = [];
  let claimed = false;
  const jobs = {
    claim: async () => {
      if (claimed) return undefined;
      claimed = true;
      return job;
    },
    startRows: async () => steps.shift() ?? [],
    record: async (_id: string, results: readonly ImportRowResult[]) => {
      recorded.push(...results);
      return results.length;
    },
    renew: async () => true,
    settleRepeats: async () => calls.push('settleRepeats'),
    complete: async () => {
      calls.push('complete');
      return true;
    },
    fail: async (_id: string, _runner: string, error: string) => calls.push(`fail: ${error}`),
    release: async (_id: string, _runner: string, delay: number, error?: string) =>
      calls.push(`release ${delay}${error ? `: ${error}` : ''}`),
  };
  return { jobs: jobs as unknown as CaseImportJobRepository, calls, recorded };
}

function runner(
  jobs: CaseImportJobRepository,
  open: (dto: unknown, user: unknown, key?: string) => Promise<OpenedCase>,
  user: UserRecord | undefined = USER,
) {
  const users = { findById: async () => user } as unknown as UserRepository;
  const opening = { open } as unknown as CaseOpeningService;
  return new CaseImportRunner(jobs, users, opening);
}

/** Lets the runner claim and work until it idles again, then stops it. */
async function runOnce(subject: CaseImportRunner, calls: string[]) {
  subject.onApplicationBootstrap();
  for (let i = 0; i < 200 && !calls.some((c) => /^(complete|fail|release)/.test(c)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await subject.beforeApplicationShutdown();
}

const opened = (caseNumber: string, replayed: boolean) =>
  ({ caseNumber, replayed, case: {} }) as unknown as OpenedCase;

describe(CaseImportRunner.name, () => {
  // The runner logs its retries and failures; the assertions below say what they were.
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it('opens each row under its key and tells imported from already imported', async () => {
    const { jobs, calls, recorded } = fakeJobs([
      [row(2), row(3, { keySeenBefore: true }), row(4, { retried: true })],
    ]);
    const keys: (string | undefined)[] = [];
    const subject = runner(jobs, async (_dto, _user, key) => {
      keys.push(key);
      // Row 2 is new; row 3 an earlier import opened; row 4 this job opened before it stopped.
      return key === 'import:2' ? opened('TB-1', false) : opened(`TB-${key?.slice(7)}`, true);
    });
    await runOnce(subject, calls);
    expect(keys.sort()).toEqual(['import:2', 'import:3', 'import:4']);
    expect(recorded.sort((a, b) => a.line - b.line)).toEqual([
      { line: 2, outcome: 'imported', caseNumber: 'TB-1' },
      { line: 3, outcome: 'already_imported', caseNumber: 'TB-3' },
      { line: 4, outcome: 'imported', caseNumber: 'TB-4' },
    ]);
    expect(calls).toEqual(['settleRepeats', 'complete']);
  });

  it('makes a refused department that row’s problem, named by the file’s column', async () => {
    const { jobs, calls, recorded } = fakeJobs([[row(2)]]);
    const subject = runner(jobs, async () => {
      throw new ForbiddenException('own department only');
    });
    await runOnce(subject, calls);
    expect(recorded).toEqual([
      {
        line: 2,
        outcome: 'rejected',
        problems: [
          { field: 'department', column: '科室', problems: ['只能登记本科室（规环办）的隐患'] },
        ],
      },
    ]);
  });

  it('lets the job go for a while when opening fails for a reason retrying may cure', async () => {
    const { jobs, calls, recorded } = fakeJobs([[row(2)]], { ...JOB, attempts: 3 });
    const subject = runner(jobs, async () => {
      throw new Error('14 UNAVAILABLE: Temporal is away');
    });
    await runOnce(subject, calls);
    expect(recorded).toEqual([]);
    expect(calls).toEqual(['release 20: 导入暂停，将自动重试：14 UNAVAILABLE: Temporal is away']);
  });

  it('gives up after too many attempts, and at once for an importer since disabled', async () => {
    const failing = fakeJobs([[row(2)]], { ...JOB, attempts: 20 });
    await runOnce(
      runner(failing.jobs, async () => {
        throw new Error('boom');
      }),
      failing.calls,
    );
    expect(failing.calls).toEqual(['fail: 导入中断次数过多，已停止：boom']);
    const disabled = fakeJobs([[row(2)]]);
    await runOnce(
      runner(disabled.jobs, async () => opened('TB-1', false), { ...USER, disabled: true }),
      disabled.calls,
    );
    expect(disabled.calls).toEqual(['fail: 导入人的账号已停用或已删除，其余的行不再导入']);
    expect(disabled.recorded).toEqual([]);
  });
});
