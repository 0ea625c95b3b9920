import { loadavg } from 'node:os';
import type { LedgerPageTiming } from '../console/console-ledger-timing';
import type { RouteSize } from '../console/console-sizes';
import type { Machine } from './machine';
import { machineTable } from './machine-table';
import { ms, paragraph, table } from './markdown';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Target of issue 11: the ledger usable within 300 ms of asking for it, after sign-in. */
const LEDGER_TARGET_MS = 300;

export function consoleReport(
  sizes: readonly RouteSize[],
  timing: LedgerPageTiming | undefined,
  machine: Machine,
): string {
  const ledger = timing
    ? `
### The ledger page with ${timing.rows.toLocaleString('en')} cases

${paragraph(
  `Measured ${new Date().toISOString()}: the built console served by an API started by the bench`,
  `on its own database (\`firecase_console_bench\`, ${timing.rows.toLocaleString('en')} generated`,
  `\`hazard_case\` rows), Debian's Chromium on loopback, signed in as an auditor (who sees every`,
  `case), ${timing.repetitions} runs after 2 warm-up runs. "Usable" is when the first page`,
  `(${timing.firstPageRows} rows) is drawn and nothing is loading any more. Target: ≤ ${LEDGER_TARGET_MS} ms.`,
  `Load average when the report was written: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
  `(1, 5, 15 min) on ${machine.cores} cores; on a shared machine the figures grow with it.`,
)}

${machineTable(machine)}

${table(
  ['how the ledger is opened', 'median', 'p95', 'min', 'max', 'target'],
  [
    ['full page load of /ledger (assets cached)', timing.pageLoad],
    ['menu click 审计 → 隐患台账 (in the app)', timing.inAppNavigation],
  ].map(([label, s]) => {
    const summary = s as LedgerPageTiming['pageLoad'];
    return [
      label as string,
      ms(summary.median),
      ms(summary.p95),
      ms(summary.min),
      ms(summary.max),
      summary.median <= LEDGER_TARGET_MS ? 'met' : 'missed',
    ];
  }),
)}`
    : '';
  return `
## Web console

### Size per page (apps/console/dist)

${paragraph(
  'What a browser downloads to show each page: the entry chunk (React, antd, the shell, 登录) and',
  'what it imports, plus the page’s own lazily loaded chunks; every page but 登录 is split off.',
)}

${table(
  ['page', 'route', 'JS', 'JS (gzip)', 'of which the page’s own (gzip)', 'CSS', 'files'],
  sizes.map((s) => [
    s.page,
    `\`${s.route}\``,
    kib(s.jsBytes),
    kib(s.jsGzipBytes),
    kib(s.ownGzipBytes),
    kib(s.cssBytes),
    String(s.files),
  ]),
)}
${ledger}
`;
}
