// `npm run bench`: the case API's throughput beside bare Temporal on the running stack, the
// ledger query on a generated million cases in a database of its own, and the web console (page
// sizes; the ledger page with 10,000 cases in Chromium). Results go to
// docs/benchmarks.md. Never part of `npm test`: speed is measured here, not asserted in tests.
import { measureApi } from './api/api-benchmark';
import { measureLedgerPage } from './console/console-ledger-timing';
import { consoleRouteSizes } from './console/console-sizes';
import { BenchAbort } from './bench-abort';
import { measureLedger } from './ledger/ledger-benchmark';
import { readOptions } from './options';
import { apiReport } from './report/api-report';
import { consoleReport } from './report/console-report';
import { writeSection } from './report/benchmarks-doc';
import { ledgerReport } from './report/ledger-report';
import { evaluateLedger } from './report/ledger-targets';
import { printTargets } from './report/target-table';
import { evaluateMemory, evaluateTargets } from './report/targets';
import { statisticsReport } from './report/statistics-report';
import { describeMachine } from './report/machine';
import { measureStatistics } from './statistics/statistics-benchmark';

const begun = Date.now();

function progress(line: string): void {
  process.stdout.write(
    `[bench ${((Date.now() - begun) / 1000).toFixed(1).padStart(6)}s] ${line}\n`,
  );
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  const machine = describeMachine();
  if (!options.skipApi) {
    const run = await measureApi(options, progress);
    await writeSection(options.out, 'api', apiReport(run, machine));
    printTargets(
      [...evaluateTargets(run), ...(run.memory ? [evaluateMemory(run.memory)] : [])],
      progress,
    );
    progress(`API results written to ${options.out}`);
  }
  if (!options.skipLedger) {
    const report = await measureLedger(
      options.databaseUrl,
      options.rows,
      options.repetitions,
      options.regenerate,
      progress,
    );
    await writeSection(options.out, 'ledger', ledgerReport(report, machine));
    printTargets(evaluateLedger(report), progress);
    progress(`ledger results written to ${options.out}`);
  }
  if (!options.skipConsole) {
    const sizes = consoleRouteSizes();
    const timing = await measureLedgerPage(
      options,
      options.consoleRows,
      options.consoleRepetitions,
      progress,
    );
    await writeSection(options.out, 'console', consoleReport(sizes, timing, machine));
    progress(`console results written to ${options.out}`);
  }
  if (!options.skipStatistics) {
    const report = await measureStatistics(
      options.databaseUrl,
      options.rows,
      options.repetitions,
      options.regenerate && options.skipLedger,
      progress,
    );
    await writeSection(options.out, 'statistics', statisticsReport(report, machine));
    progress(`statistics results written to ${options.out}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bench: ${message}\n`);
    if (!(error instanceof BenchAbort) && error instanceof Error && error.stack) {
      process.stderr.write(`${error.stack}\n`);
    }
    process.exit(1);
  },
);
