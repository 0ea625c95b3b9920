import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { bootConfig } from '@firecase/config';
import { AuditKeyring } from '../audit/audit-keyring';
import { dataSourceOptions } from '../data-source-options';
import { AuditTrailRepository } from '../repositories/audit-trail.repository';

/**
 * `npm run audit:seal-legacy`: seals, once, the audit events recorded before AUDIT_KEY existed,
 * so that chains older than the key verify and are anchored from now on. An explicit step on
 * purpose: sealing vouches for what is stored, so it must not happen again by itself after
 * someone removed a chain's seals. `npm start` runs it once per data folder.
 */
async function main(): Promise<void> {
  const config = bootConfig();
  if (config.audit.keyGenerated) {
    throw new Error('AUDIT_KEY is not set: seals made with a throw-away key would never verify');
  }
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  try {
    const trail = new AuditTrailRepository(dataSource, new AuditKeyring(config.audit.key));
    const results = await trail.sealLegacyChains();
    let sealed = 0;
    for (const result of results) {
      if ('refused' in result) {
        process.stdout.write(
          `audit:seal-legacy: NOT sealed ${result.caseNumber}: ${result.refused}\n`,
        );
      } else if (result.sealed > 0) {
        sealed += 1;
        process.stdout.write(
          `audit:seal-legacy: sealed ${result.caseNumber}: ${result.sealed} event(s) recorded before AUDIT_KEY\n`,
        );
      }
    }
    const refused = results.filter((result) => 'refused' in result).length;
    process.stdout.write(
      `audit:seal-legacy: ${sealed} case(s) sealed, ${refused} refused (their /audit/verify says why)\n`,
    );
    if (refused > 0) process.exitCode = 2;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `audit:seal-legacy: failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
