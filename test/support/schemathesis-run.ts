import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The checks every fuzzing run makes of every response. */
export const FUZZ_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'response_schema_conformance',
] as const;

export interface FuzzRun {
  /** Who is fuzzing, for the report (e.g. `officer`). */
  readonly label: string;
  /** http://127.0.0.1:<port>: the api started by the test; nothing else is ever a target. */
  readonly baseUrl: string;
  readonly bearer?: string;
  readonly maxExamples: number;
  readonly seed: number;
  readonly phases: readonly string[];
  /** Regular expressions over the document's paths. */
  readonly includePath?: string;
  readonly excludePath?: string;
  /** Operations left out by name ("PUT /admin/calendar/years/{year}"). */
  readonly excludeNames?: readonly string[];
  /** Where the report and the fuzzer's own output go. */
  readonly dir: string;
}

export interface FuzzFinding {
  readonly run: string;
  readonly check: string;
  readonly operation: string;
  readonly title: string;
  readonly message: string;
  readonly reproduce?: string;
}

export interface FuzzResult {
  readonly run: string;
  /** How many requests it sent and checked. */
  readonly cases: number;
  /** Seconds each phase took (examples, coverage, fuzzing, stateful). */
  readonly phaseSeconds: Readonly<Record<string, number>>;
  readonly findings: readonly FuzzFinding[];
  readonly exitCode: number | null;
  readonly output: string;
}

/** Runs schemathesis once and reads what each check said of each request from its NDJSON report. */
export async function runSchemathesis(executable: string, run: FuzzRun): Promise<FuzzResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(run.baseUrl)) {
    throw new Error(`fuzzing targets the loopback api only, not ${run.baseUrl}`);
  }
  const report = join(run.dir, `schemathesis-${run.label}.ndjson`);
  const args = [
    'run',
    `${run.baseUrl}/docs-json`,
    '--url',
    run.baseUrl,
    '--checks',
    FUZZ_CHECKS.join(','),
    '--max-examples',
    String(run.maxExamples),
    '--seed',
    String(run.seed),
    '--phases',
    run.phases.join(','),
    '--workers',
    '1',
    '--continue-on-failure',
    '--generation-database',
    'none',
    '--request-timeout',
    '60',
    '--no-color',
    '--output-truncate',
    'false',
    '--report',
    'ndjson',
    '--report-ndjson-path',
    report,
    ...(run.bearer ? ['--header', `Authorization: Bearer ${run.bearer}`] : []),
    ...(run.includePath ? ['--include-path-regex', run.includePath] : []),
    ...(run.excludePath ? ['--exclude-path-regex', run.excludePath] : []),
    ...(run.excludeNames ?? []).flatMap((name) => ['--exclude-name', name]),
  ];
  const { exitCode, output } = await spawnCollecting(executable, args, run.dir);
  writeFileSync(join(run.dir, `schemathesis-${run.label}.log`), output);
  if (!existsSync(report)) {
    throw new Error(`schemathesis (${run.label}) wrote no report, exit ${exitCode}:\n${output}`);
  }
  return { run: run.label, exitCode, output, ...readReport(run.label, report) };
}

interface ScenarioFinished {
  recorder: {
    label: string;
    checks?: Record<
      string,
      {
        name: string;
        status: string;
        failure_info?: { failure?: { title?: string; message?: string; operation?: string } };
      }[]
    >;
  };
  interactions?: Record<
    string,
    { request?: { method: string; uri: string; body?: { $base64?: string } } }
  >;
}

function readReport(run: string, path: string): Omit<FuzzResult, 'run' | 'exitCode' | 'output'> {
  let cases = 0;
  const findings: FuzzFinding[] = [];
  const phaseStarted: Record<string, number> = {};
  const phaseSeconds: Record<string, number> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as {
      ScenarioFinished?: ScenarioFinished;
      SuiteStarted?: { phase: string; timestamp: number };
      SuiteFinished?: { phase: string; timestamp: number };
    };
    if (event.SuiteStarted) phaseStarted[event.SuiteStarted.phase] = event.SuiteStarted.timestamp;
    if (event.SuiteFinished) {
      const { phase, timestamp } = event.SuiteFinished;
      phaseSeconds[phase] = Math.round(timestamp - (phaseStarted[phase] ?? timestamp));
    }
    const scenario = event.ScenarioFinished;
    if (!scenario) continue;
    for (const [caseId, checks] of Object.entries(scenario.recorder.checks ?? {})) {
      cases += 1;
      const request = scenario.interactions?.[caseId]?.request;
      for (const check of checks) {
        if (check.status !== 'failure') continue;
        const failure = check.failure_info?.failure ?? {};
        findings.push({
          run,
          check: check.name,
          operation: failure.operation ?? scenario.recorder.label,
          title: failure.title ?? check.name,
          message: failure.message ?? '',
          reproduce: request && requestLine(request),
        });
      }
    }
  }
  return { cases, findings, phaseSeconds };
}

function requestLine(request: { method: string; uri: string; body?: { $base64?: string } }) {
  const body = request.body?.$base64
    ? ` ${Buffer.from(request.body.$base64, 'base64').toString('utf8').slice(0, 400)}`
    : '';
  return `${request.method} ${request.uri}${body}`;
}

/** Failing checks per kind, e.g. { not_a_server_error: 3, status_code_conformance: 12 }. */
export function countByCheck(findings: readonly FuzzFinding[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(FUZZ_CHECKS.map((c) => [c, 0]));
  for (const finding of findings) counts[finding.check] = (counts[finding.check] ?? 0) + 1;
  return counts;
}

export function describeFindings(findings: readonly FuzzFinding[], limit = 40): string {
  const lines = findings
    .slice(0, limit)
    .map(
      (f) =>
        `[${f.run}] ${f.operation}: ${f.title} (${f.check})\n    ${f.message.replace(/\n/g, '\n    ')}${
          f.reproduce ? `\n    request: ${f.reproduce}` : ''
        }`,
    );
  const more = findings.length > limit ? [`… and ${findings.length - limit} more`] : [];
  return [...lines, ...more].join('\n');
}

function spawnCollecting(command: string, args: string[], cwd: string) {
  return new Promise<{ exitCode: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}
