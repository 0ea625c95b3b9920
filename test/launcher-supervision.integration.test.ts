// The launcher supervises, tested as an operator would: `npm start` runs with its own data folder
// and ports (embedded PostgreSQL, the Temporal dev server, the worker, the api), retrying clients
// open and work cases concurrently, and each child is killed with SIGKILL in turn (the worker,
// the api, the Temporal server, PostgreSQL's launcher process and PostgreSQL's server itself).
// Each comes back by itself; afterwards every case the clients saw acknowledged agrees across
// the workflow, the ledger and the audit trail, and nothing is doubled. Nothing is mocked. The
// load is bounded (three clients, one action at a time each).
import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { hashPassword } from '@firecase/api';
import { getCaseQuery } from '@firecase/contract';
import { DEPARTMENTS } from '@firecase/domain';
import {
  AuditKeyring,
  AuditTrailRepository,
  dataSourceOptions,
  OrganisationRepository,
  UserRepository,
} from '@firecase/persistence';
import { isAlive, type Launcher, startLauncher } from './support/launcher';
import { stackConfig } from './support/stack';

const CLIENTS = 3;
/** Each case goes through these actions, each sent once with its own Idempotency-Key. */
const STEPS = [
  { path: 'notice', by: 'officer', event: 'notice_issued', body: { requirements: '清理楼道' } },
  {
    path: 'notice/service',
    by: 'officer',
    event: 'notice_served',
    body: { method: 'in_person', recipient: '孙浩' },
  },
  {
    path: 'rectification-reports',
    by: 'officer',
    event: 'rectification_reported',
    body: { note: '已清理' },
  },
  {
    path: 'reinspections',
    by: 'officer',
    event: 'reinspection_passed',
    body: { passed: true, findings: '通道畅通' },
  },
  { path: 'closure', by: 'supervisor', event: 'case_closed', body: { note: '销号' } },
] as const;
const KILLS = ['worker', 'api', 'temporal', 'postgres', 'postmaster'] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('npm start supervises its children (kill -9 each during load)', () => {
  let launcher: Launcher;
  const runId = randomBytes(4).toString('hex');
  const party = `监督测试物业${runId}`;
  const tokens: Record<'officer' | 'supervisor', string> = { officer: '', supervisor: '' };

  beforeAll(async () => {
    launcher = await startLauncher({
      JWT_SECRET: randomBytes(32).toString('hex'), // tokens outlive an api restart
      LOG_LEVEL: 'warn',
    });
    await launcher.waitForLine(/\] ready:$/);
    await createUsers();
  }, 300_000);

  afterAll(async () => {
    if (launcher && launcher.process.exitCode === null) await launcher.interrupt();
  });

  async function createUsers(): Promise<void> {
    const database = await new DataSource(
      dataSourceOptions(stackConfig({ DATABASE_URL: launcher.databaseUrl() }).database),
    ).initialize();
    try {
      const organisation = new OrganisationRepository(database);
      for (const department of DEPARTMENTS)
        await organisation.addDepartment({ code: department.code, name: department.nameEn });
      for (const role of ['officer', 'supervisor'] as const) {
        const password = randomBytes(12).toString('base64url');
        await new UserRepository(database).create({
          username: `${role}-${runId}`,
          displayName: role,
          role,
          departmentCode: 'emergency',
          communityCodes: [],
          passwordHash: await hashPassword(password),
        });
        const { body } = await call('POST', '/auth/login', {
          body: { username: `${role}-${runId}`, password },
        });
        tokens[role] = (body as { accessToken: string }).accessToken;
      }
    } finally {
      await database.destroy();
    }
  }

  /**
   * A retrying client: sends until it gets an answer that is not a server failure (connection
   * refused while the api restarts, 500 while PostgreSQL does, 503 while Temporal or the worker
   * does), as a client with an Idempotency-Key safely may.
   */
  async function call(
    method: 'GET' | 'POST',
    path: string,
    { body, token, key }: { body?: unknown; token?: string; key?: string } = {},
  ): Promise<{ status: number; body: unknown }> {
    let last = '';
    for (let attempt = 0; attempt < 400; attempt += 1) {
      try {
        const response = await fetch(`${launcher.apiUrl}${path}`, {
          method,
          headers: {
            ...(body ? { 'Content-Type': 'application/json' } : {}),
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            ...(key ? { 'Idempotency-Key': key } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        if (response.status < 500) return { status: response.status, body: JSON.parse(text) };
        last = `HTTP ${response.status} ${text.slice(0, 200)}`;
      } catch (error) {
        last = String(error);
      }
      await sleep(500);
    }
    throw new Error(`${method} ${path} never answered: ${last}`);
  }

  it('restarts each killed child by itself, and every acknowledged case agrees everywhere', async () => {
    /** case number → the step events the clients saw acknowledged (200). */
    const acknowledged = new Map<string, string[]>();
    const unexpected: string[] = [];
    let acknowledgements = 0;
    let loading = true;

    async function client(id: number): Promise<void> {
      for (let n = 0; loading; n += 1) {
        const opened = await call('POST', '/cases', {
          token: tokens.officer,
          key: `open-${runId}-${id}-${n}`,
          body: {
            location: { community: '太白社区', address: `万州区太白路${id}-${n}号` },
            category: 'high_rise',
            hazardType: 'high_rise.fire_passage_occupied',
            description: '楼道堆放杂物',
            severity: 'general',
            responsibleParty: { name: party },
            department: 'emergency',
            discoveredAt: new Date().toISOString(),
          },
        });
        if (opened.status !== 201 && opened.status !== 200) {
          unexpected.push(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
          return;
        }
        const caseNumber = (opened.body as { caseNumber: string }).caseNumber;
        const seen: string[] = ['case_registered'];
        acknowledged.set(caseNumber, seen);
        acknowledgements += 1;
        for (const step of STEPS) {
          const answer = await call('POST', `/cases/${caseNumber}/${step.path}`, {
            token: tokens[step.by],
            key: `${step.path}-${caseNumber}`,
            body: step.body,
          });
          if (answer.status !== 200) {
            unexpected.push(
              `${caseNumber} ${step.path}: ${answer.status} ${JSON.stringify(answer.body)}`,
            );
            return;
          }
          seen.push(step.event);
          acknowledgements += 1;
        }
      }
    }

    const clients = Array.from({ length: CLIENTS }, (_, id) => client(id));
    for (const victim of KILLS) {
      await sleep(4_000);
      const child = victim === 'postmaster' ? 'postgres' : victim;
      const pid = victim === 'postmaster' ? launcher.postmasterPid() : launcher.pidOf(child);
      const from = launcher.lines.length;
      process.kill(pid, 'SIGKILL');
      // One line says it died and is running again under a new pid.
      const line = await launcher.waitForLine(
        new RegExp(`\\] ${child} exited .*; restarted after .* \\(pid \\d+\\)$`),
        from,
      );
      expect(line).toMatch(/signal SIGKILL|exit code/);
      expect(launcher.pidOf(child)).not.toBe(pid);
      // It serves again: the clients get further.
      const progress = acknowledgements;
      for (let waited = 0; acknowledgements <= progress; waited += 250) {
        if (waited > 180_000) throw new Error(`no progress after killing ${victim}`);
        await sleep(250);
      }
    }
    loading = false;
    await Promise.all(clients);
    expect(unexpected).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(CLIENTS);
    // No restart gave up, and the supervisor never stopped the stack.
    expect(launcher.lines.filter((l) => /giving up|npm start failed/.test(l))).toEqual([]);

    const database = await new DataSource(
      dataSourceOptions(stackConfig({ DATABASE_URL: launcher.databaseUrl() }).database),
    ).initialize();
    const connection = await Connection.connect({ address: launcher.temporalAddress });
    try {
      const temporal = new Client({ connection, namespace: 'default' });
      const auditTrail = new AuditTrailRepository(database, new AuditKeyring(launcher.auditKey()));
      for (const [caseNumber, seen] of acknowledged) {
        const { state } = await temporal.workflow.getHandle(caseNumber).query(getCaseQuery);
        expect({ caseNumber, events: state.events.map((e) => e.type) }).toEqual({
          caseNumber,
          events: seen,
        });
        const row = await projected(database, caseNumber, state.revision);
        expect(row).toEqual({ status: state.status, revision: state.revision });
        const trail = await auditTrail.listCaseEvents(caseNumber);
        expect(trail.map((e) => e.eventType)).toEqual(seen);
        expect(await auditTrail.verifyCaseChain(caseNumber)).toMatchObject({ valid: true });
      }
      // Nothing opened twice: exactly the acknowledged cases exist for this run's party, in the
      // ledger and in Temporal.
      const [{ count }]: { count: string }[] = await database.query(
        'SELECT count(*) FROM hazard_case WHERE responsible_party = $1',
        [party],
      );
      expect(Number(count)).toBe(acknowledged.size);
      const { count: workflows } = await temporal.workflow.count(
        `WorkflowType = 'hazardCaseWorkflow'`,
      );
      expect(workflows).toBe(acknowledged.size);
    } finally {
      await connection.close();
      await database.destroy();
    }

    // Ctrl-C still stops everything, in order, and leaves nothing running.
    const pids = (['api', 'worker', 'temporal', 'postgres'] as const).map((c) => launcher.pidOf(c));
    const postmaster = launcher.postmasterPid();
    expect(await launcher.interrupt()).toBe(0);
    expect(launcher.lines.filter((l) => /^\[firecase +[\d.]+s\] stop(ping|ped)$/.test(l))).toEqual([
      expect.stringMatching(/stopping$/),
      expect.stringMatching(/stopped$/),
    ]);
    for (const pid of [...pids, postmaster]) expect(isAlive(pid)).toBe(false);
  }, 900_000);
});

/** The ledger row, once the projection has caught up with the workflow's revision. */
async function projected(database: DataSource, caseNumber: string, revision: number) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const [row]: { status: string; revision: number }[] = await database.query(
      'SELECT status, revision FROM hazard_case WHERE case_number = $1',
      [caseNumber],
    );
    if (row && row.revision >= revision) return row;
    await sleep(250);
  }
  throw new Error(`case ${caseNumber} was not projected at revision ${revision}`);
}
