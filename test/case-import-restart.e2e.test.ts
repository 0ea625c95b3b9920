// End to end on the real stack: a background import survives its API process. One API runs as
// a child process (apps/api/dist/main.js, as in production) and is killed with SIGKILL in the
// middle of an import, rows half-opened; another is closed as a deploy would close it. A fresh
// API takes each job over and finishes it, every row opened exactly once. Nothing is mocked.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AuthService, hashPassword } from '@firecase/api';
import { OrganisationRepository, type UserRecord, UserRepository } from '@firecase/persistence';
import { freePort } from '../tools/lib/free-port.cjs';
import { gbkCsv, officeRow } from './fixtures/office-ledger-file';
import { type ImportJob, startImport, untilFinished } from './support/import-jobs';
import { useRealStack } from './support/real-stack';
import { startApiApp } from './support/running-apps';
import { stackConfig } from './support/stack';

const ROWS = 64;

describe('background import across API restarts (real stack)', () => {
  const stack = useRealStack({ worker: true, database: true });
  const run = Date.now();
  const community = { code: `restart-${run}`, name: `重启社区${run}`, grids: [] };
  const password = 'restart-test-password';
  let user: UserRecord;
  let child: ChildProcess | undefined;
  let api: INestApplication | undefined;

  beforeAll(async () => {
    const database = stack.database;
    await new OrganisationRepository(database).addCommunity(community);
    await new OrganisationRepository(database).addDepartment({
      code: 'planning_environment',
      name: '规环办',
    });
    const created = await new UserRepository(database).create({
      username: `restart-${run}`,
      displayName: '王芳',
      role: 'officer',
      departmentCode: 'planning_environment',
      communityCodes: [],
      passwordHash: await hashPassword(password),
    });
    if (!created) throw new Error('test user exists already');
    user = created;
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    await api?.close();
  });

  /** A file of ROWS hazards at distinct addresses, in GBK as Chinese Excel saves it. */
  const file = (street: string) =>
    gbkCsv(
      Array.from({ length: ROWS }, (_, i) =>
        officeRow(community.name, { 地址: `万州区${street}${i + 1}号`, 序号: i + 1 }),
      ),
    );

  /** Rows of the job with a recorded outcome, read from PostgreSQL as the runners write them. */
  async function recorded(jobId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await stack.database.query(
      `SELECT count(*)::int AS n FROM case_import_row
        WHERE job_id = $1 AND outcome NOT IN ('pending', 'opening')`,
      [jobId],
    );
    return n;
  }

  async function whenRecorded(jobId: string, atLeast: number): Promise<number> {
    for (let attempt = 0; attempt < 2000; attempt++) {
      const n = await recorded(jobId);
      if (n >= atLeast) return n;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`import ${jobId} recorded fewer than ${atLeast} rows`);
  }

  /**
   * Waits until a step's rows are recorded and the next step is under way, with a case already
   * opened for one of its rows (its number reserved under the row's key) that the row does not
   * record yet: the moment a crash is most likely to double a row.
   */
  async function whenInFlight(jobId: string): Promise<void> {
    for (let attempt = 0; attempt < 4000; attempt++) {
      const [{ done, opened }]: { done: number; opened: number }[] = await stack.database.query(
        `SELECT count(*) FILTER (WHERE r.outcome NOT IN ('pending', 'opening'))::int AS done,
                count(o.case_number) FILTER (WHERE r.outcome = 'opening')::int AS opened
           FROM case_import_row r
           LEFT JOIN case_open_request o ON o.idempotency_key = r.idempotency_key
          WHERE r.job_id = $1`,
        [jobId],
      );
      if (done > 0 && opened > 0) return;
      if (done >= ROWS) throw new Error(`import ${jobId} finished before the API could be killed`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`import ${jobId} never had rows in flight`);
  }

  /** Every row opened its own case, once: one case number and one reservation per row. */
  async function expectEveryRowOpenedOnce(
    job: ImportJob,
    http: () => ReturnType<typeof request>,
    headers: Record<string, string>,
    street: string,
  ) {
    expect(job).toMatchObject({
      status: 'completed',
      totalRows: ROWS,
      processedRows: ROWS,
      counts: { imported: ROWS, alreadyImported: 0, rejected: 0, pending: 0 },
    });
    const numbers = job.report!.imported.map((row) => row.caseNumber);
    expect(new Set(numbers).size).toBe(ROWS);
    const [{ reservations }]: { reservations: number }[] = await stack.database.query(
      `SELECT count(*)::int AS reservations FROM case_open_request o
         JOIN case_import_row r ON r.idempotency_key = o.idempotency_key WHERE r.job_id = $1`,
      [job.id],
    );
    expect(reservations).toBe(ROWS);
    // Each row's case is the hazard of that row (line n + 1 holds address n).
    for (const { line, caseNumber } of job.report!.imported) {
      const state = (await http().get(`/cases/${caseNumber}`).set(headers).expect(200)).body
        .state as {
        discovery: { location: { address: string } };
      };
      expect(state.discovery.location.address).toBe(`万州区${street}${line - 1}号`);
    }
  }

  it('finishes a job whose API was killed mid-import, opening no row twice', async () => {
    const port = await freePort();
    const log = createWriteStream(join(process.env.FIRECASE_TEST_DIR ?? '/tmp', `api-${run}.log`));
    child = spawn(process.execPath, ['apps/api/dist/main.js'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(port),
        JWT_SECRET: 'restart-test-secret-restart-test-secret',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    const remote = () => request(`http://127.0.0.1:${port}`);
    for (let attempt = 0; ; attempt++) {
      const up = await remote()
        .get('/health')
        .then(
          (r) => r.status === 200,
          () => false,
        );
      if (up) break;
      if (attempt > 600) throw new Error('the child API did not come up');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const login = await remote()
      .post('/auth/login')
      .send({ username: user.username, password })
      .expect(200);
    const bearer = { Authorization: `Bearer ${login.body.accessToken as string}` };

    const job = await startImport(remote, bearer, file('太白路'), '隐患台账.csv');
    // Killed once some rows are recorded and while the next ones are being opened.
    await whenInFlight(job.id);
    child.kill('SIGKILL');
    await exited;
    child = undefined;
    const [stopped]: { status: string; claimed: boolean; lease_ahead: boolean; opening: number }[] =
      await stack.database.query(
        `SELECT status, claimed_by IS NOT NULL AS claimed, lease_expires_at > now() AS lease_ahead,
                (SELECT count(*)::int FROM case_import_row WHERE job_id = j.id AND outcome = 'opening') AS opening
           FROM case_import_job j WHERE id = $1`,
        [job.id],
      );
    expect(stopped).toMatchObject({ status: 'running', claimed: true, lease_ahead: true });
    expect(stopped.opening).toBeGreaterThan(0);
    expect(await recorded(job.id)).toBeLessThan(ROWS);
    // The rows it was opening: a case may already have been opened for some (a reservation
    // under the row's key), without the row saying so.
    const inFlight: { line: number; case_number: string | null }[] = await stack.database.query(
      `SELECT r.line, o.case_number FROM case_import_row r
         LEFT JOIN case_open_request o ON o.idempotency_key = r.idempotency_key
        WHERE r.job_id = $1 AND r.outcome = 'opening'`,
      [job.id],
    );

    // The dead runner's lease would run out IMPORT_LEASE_SECONDS later; the test brings that
    // moment forward rather than wait for it. Then a fresh API takes the job over.
    await stack.database.query(
      `UPDATE case_import_job SET lease_expires_at = now() WHERE id = $1`,
      [job.id],
    );
    api = await startApiApp(stackConfig());
    const tokens = await api.get(AuthService).issue(user);
    const local = { Authorization: `Bearer ${tokens.accessToken}` };
    const http = () => request(api!.getHttpServer());
    const { job: finished } = await untilFinished(http, local, job.id);
    await expectEveryRowOpenedOnce(finished, http, local, '太白路');
    const [{ attempts }]: { attempts: number }[] = await stack.database.query(
      'SELECT attempts FROM case_import_job WHERE id = $1',
      [job.id],
    );
    expect(attempts).toBe(2);
    // A row whose case the killed process had opened is recorded with that very case, as
    // imported by this job.
    const openedUnrecorded = inFlight.filter((row) => row.case_number !== null);
    expect(openedUnrecorded.length).toBeGreaterThan(0);
    for (const { line, case_number } of openedUnrecorded) {
      expect(finished.report!.imported).toContainEqual({ line, caseNumber: case_number });
    }
  });

  it('hands a job over at once when its API shuts down, progress only moving forward', async () => {
    const first = api ?? (await startApiApp(stackConfig()));
    api = undefined;
    const tokens = await first.get(AuthService).issue(user);
    const headers = { Authorization: `Bearer ${tokens.accessToken}` };
    const job = await startImport(
      () => request(first.getHttpServer()),
      headers,
      file('开元路'),
      'b.csv',
    );
    await whenRecorded(job.id, 1);
    await first.close(); // as SIGTERM does: the step in hand is finished and the job let go
    const [released]: { claimed: boolean; free: boolean }[] = await stack.database.query(
      `SELECT claimed_by IS NOT NULL AS claimed, lease_expires_at <= now() AS free
         FROM case_import_job WHERE id = $1`,
      [job.id],
    );
    expect(released).toEqual({ claimed: false, free: true });
    expect(await recorded(job.id)).toBeLessThan(ROWS);

    api = await startApiApp(stackConfig());
    const next = await api.get(AuthService).issue(user);
    const local = { Authorization: `Bearer ${next.accessToken}` };
    const http = () => request(api!.getHttpServer());
    const { job: finished, seen } = await untilFinished(http, local, job.id);
    const processed = seen.map((state) => state.processedRows);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    await expectEveryRowOpenedOnce(finished, http, local, '开元路');
  });
});
