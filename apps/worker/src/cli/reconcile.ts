import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { bootConfig } from '@firecase/config';
import {
  AuditKeyring,
  AuditTrailRepository,
  CaseProjectionWriter,
  dataSourceOptions,
  HazardCaseProjectionRepository,
} from '@firecase/persistence';
import { temporalConnectionOptions } from '@firecase/temporal';
import { reconcileCases } from '../reconcile/case-reconciler';
import { reconcileDeps } from '../reconcile/reconcile-deps';

/** `npm run reconcile`: brings the read model and audit trail level with the case workflows. */
async function main(): Promise<void> {
  const config = bootConfig();
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  const connection = await Connection.connect(temporalConnectionOptions(config.temporal));
  try {
    const client = new Client({ connection, namespace: config.temporal.namespace });
    const writer = new CaseProjectionWriter(
      dataSource,
      new HazardCaseProjectionRepository(dataSource),
      new AuditTrailRepository(dataSource, new AuditKeyring(config.audit.key)),
    );
    const report = await reconcileCases(reconcileDeps(client, dataSource, writer), (repair) =>
      process.stdout.write(
        `repaired ${repair.caseNumber}: revision ${repair.from ?? 'none'} → ${repair.to} (${repair.status})\n`,
      ),
    );
    for (const { caseNumber, error } of report.unreadable)
      process.stdout.write(`could not read ${caseNumber}: ${error}\n`);
    process.stdout.write(
      `reconcile: checked ${report.checked} case(s), repaired ${report.repaired.length}, unreadable ${report.unreadable.length}\n`,
    );
    if (report.unreadable.length > 0) process.exitCode = 2;
  } finally {
    await connection.close();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `reconcile: failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
