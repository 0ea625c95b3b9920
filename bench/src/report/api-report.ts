import type { ApiRun } from '../api/api-benchmark';
import type { OperationStats } from '../stats';
import type { Machine } from './machine';
import { machineTable } from './machine-table';
import { ms, operationTable, paragraph, ratio, table } from './markdown';

export function apiReport(run: ApiRun, machine: Machine): string {
  const start = find(run.baseline, 'start workflow');
  const touch = find(run.baseline, 'update (touch)');
  const [open, ...steps] = run.api.operations.filter((r) => !r.operation.startsWith('overall'));
  const ratioRow = (api: OperationStats, bare: OperationStats) => [
    api.operation,
    bare.operation,
    ratio(api.p50 / bare.p50),
    ratio(api.p95 / bare.p95),
    ratio(api.p99 / bare.p99),
  ];
  return `
## API throughput beside bare Temporal

${paragraph(
  `Measured ${new Date().toISOString()} against the API at ${run.apiUrl} and Temporal`,
  `${run.temporalVersion} at ${run.temporalAddress}: ${run.cases} cases, ${run.concurrency}`,
  `requests in flight, after ${run.warmup} unmeasured lifecycles of each kind. The bare`,
  `Temporal run began once every benchmark case workflow had completed`,
  `(${run.settleSeconds.toFixed(1)} s after the last closure answered). The bench itself runs on`,
  `the same machine: it used ${run.clientCpuSeconds.toFixed(1)} s of CPU in the`,
  `${run.wallSeconds.toFixed(0)} s both runs took.`,
)}

${machineTable(machine)}

${paragraph(
  `**Key figure:** a case action through the API (HTTP and validation, then a workflow update`,
  `whose handler awaits the deadline-planning activity) takes`,
  `**${ratio(run.api.actions.p50 / touch.p50)}** the median latency of a bare Temporal update`,
  `(${ms(run.api.actions.p50)} ms against ${ms(touch.p50)} ms); opening a case takes`,
  `**${ratio(open.p50 / start.p50)}** a bare workflow start (${ms(open.p50)} ms against`,
  `${ms(start.p50)} ms). In throughput at this concurrency: ${run.api.actions.throughput.toFixed(1)}`,
  `actions/s against ${touch.throughput.toFixed(1)} bare updates/s, ${open.throughput.toFixed(1)}`,
  `opened cases/s against ${start.throughput.toFixed(1)} bare starts/s.`,
)}

### The case API

${operationTable([...run.api.operations, run.api.actions])}

### Bare Temporal on the same server and worker

${operationTable(run.baseline)}

### API latency ÷ bare Temporal latency

${table(
  ['API operation', 'compared with', 'p50', 'p95', 'p99'],
  [
    ratioRow(open, start),
    ...steps.map((step) => ratioRow(step, touch)),
    ratioRow(run.api.actions, touch),
  ],
)}
`;
}

function find(rows: readonly OperationStats[], operation: string): OperationStats {
  const row = rows.find((r) => r.operation === operation);
  if (!row) throw new Error(`no "${operation}" row in the baseline`);
  return row;
}
