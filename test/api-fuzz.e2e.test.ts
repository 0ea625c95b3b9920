// The API fuzzed from its own OpenAPI document by schemathesis (property-based: examples, the
// schema's edge cases, then random data, valid and invalid), signed in as each role, against the
// real stack. Every response must be no server error, of a documented status, and match its
// schema. `npm test` runs a bounded number of examples; `npm run fuzz` runs many more.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@firecase/domain';
import { useRealStack } from './support/real-stack';
import {
  countByCheck,
  describeFindings,
  type FuzzResult,
  runSchemathesis,
} from './support/schemathesis-run';
import { createSignedInUser } from './support/signed-in-user';

// Tests read the harness' settings from the environment, as support/stack.ts does.
const settings = {
  maxExamples: Number(process.env.FIRECASE_FUZZ_EXAMPLES ?? 4),
  seed: Number(process.env.FIRECASE_FUZZ_SEED ?? 20261201),
};
/** The coverage phase (each field's edge cases) everywhere, not only once per operation. */
const thorough = process.env.FIRECASE_FUZZ_THOROUGH === 'true';
const timeoutMinutes = Number(process.env.FIRECASE_FUZZ_TIMEOUT_MINUTES ?? 20);

interface RolePlan {
  readonly label: string;
  readonly role: Role;
  readonly phases: readonly string[];
  readonly includePath?: string;
  readonly excludePath?: string;
  readonly excludeNames?: readonly string[];
}

/**
 * Loading a statutory year recounts every running case of the shared stack and changes the
 * deadlines of every test after this one: a fuzzer's invented holidays for 2026 would move them
 * all. Its validation is tested by the calendar e2e test, with a year no other test uses.
 */
const LOADS_A_YEAR = 'PUT /admin/calendar/years/{year}';

/**
 * The bell's event stream never ends by itself: a fuzzer's request to it lasts until its timeout
 * (a minute each) and reads no answer it can check; its events are checked by the notifications
 * e2e test instead.
 */
const ENDLESS = 'notifications/stream$';

/**
 * Who fuzzes what. Every role fuzzes every operation with examples and random data. The
 * coverage phase (boundaries and wrong types of every field, ~2,000 requests) runs once per
 * operation, as a role the guard lets through to validation: the supervisor for the case API,
 * the administrator for /admin. Signing out ends the fuzzing user's session, so it has its own
 * user and run, last.
 */
const PLAN: readonly RolePlan[] = thorough
  ? [
      ...(['officer', 'supervisor', 'auditor', 'administrator'] as const).map((role) => ({
        label: role,
        role,
        phases: ['examples', 'coverage', 'fuzzing', 'stateful'],
        excludePath: `^/(auth/logout$|${ENDLESS})`,
        excludeNames: [LOADS_A_YEAR],
      })),
      {
        label: 'signing-out',
        role: 'officer',
        phases: ['examples', 'coverage', 'fuzzing'],
        includePath: '^/auth/logout$',
      },
    ]
  : [
      {
        label: 'supervisor',
        role: 'supervisor',
        phases: ['examples', 'coverage', 'fuzzing'],
        excludePath: `^/(admin/|auth/logout$|${ENDLESS})`,
      },
      {
        label: 'administrator',
        role: 'administrator',
        phases: ['examples', 'coverage', 'fuzzing'],
        includePath: '^/admin/',
        excludeNames: [LOADS_A_YEAR],
      },
      {
        label: 'officer',
        role: 'officer',
        phases: ['examples', 'fuzzing'],
        excludePath: `^/(auth/logout$|${ENDLESS})`,
      },
      {
        label: 'auditor',
        role: 'auditor',
        phases: ['examples', 'fuzzing'],
        excludePath: `^/(auth/logout$|${ENDLESS})`,
      },
      {
        label: 'signing-out',
        role: 'officer',
        phases: ['examples', 'coverage', 'fuzzing'],
        includePath: '^/auth/logout$',
      },
    ];

describe('the API under schemathesis (fuzzing from /docs-json, every role, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true });
  let baseUrl: string;

  beforeAll(async () => {
    await stack.api.listen(0, '127.0.0.1');
    const { port } = (stack.api.getHttpServer() as Server).address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
  });

  async function fuzz(plan: RolePlan, executable: string, dir: string): Promise<FuzzResult> {
    const headers = await createSignedInUser(stack.api, {
      role: plan.role,
      department: 'planning_environment',
    });
    return runSchemathesis(executable, {
      ...settings,
      ...plan,
      baseUrl,
      bearer: headers.Authorization.slice('Bearer '.length),
      dir,
    });
  }

  it(
    'answers every generated request as documented, and never with a server error',
    async () => {
      const executable = process.env.FIRECASE_SCHEMATHESIS;
      if (!executable) throw new Error('FIRECASE_SCHEMATHESIS is set by the stack global setup');
      // Outside the stack's directory, which teardown removes: kept when something is found, or
      // always when FIRECASE_FUZZ_REPORTS names a directory (npm run fuzz).
      const keep = process.env.FIRECASE_FUZZ_REPORTS;
      const dir = mkdtempSync(join(keep ?? tmpdir(), 'firecase-fuzz-'));
      const startedAt = new Date();
      const results: FuzzResult[] = [];
      try {
        for (const plan of PLAN) results.push(await fuzz(plan, executable, dir));
      } finally {
        // Its wrong passwords must not throttle the sign-ins of the test files after it.
        await stack.database.query('DELETE FROM login_failure WHERE failed_at >= $1', [startedAt]);
      }

      const findings = results.flatMap((r) => r.findings);
      const summary = results
        .map(
          (r) =>
            `${r.run}: ${r.cases} requests (${JSON.stringify(r.phaseSeconds)} s), failing checks ${JSON.stringify(countByCheck(r.findings))}`,
        )
        .join('\n');
      process.stdout.write(
        `schemathesis (seed ${settings.seed}, ${settings.maxExamples} examples${thorough ? ', every phase for every role' : ''}):\n${summary}\n`,
      );
      for (const result of results) {
        // A run that sent nothing proves nothing (e.g. a document it could not read).
        expect({ run: result.run, sent: result.cases > 0 }).toEqual({
          run: result.run,
          sent: true,
        });
      }
      if (findings.length > 0) {
        throw new Error(`${summary}\n\n${describeFindings(findings)}\n\nreports in ${dir}`);
      }
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
    timeoutMinutes * 60_000,
  );
});
