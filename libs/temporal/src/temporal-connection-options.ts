import { readFileSync } from 'node:fs';
import type { AppConfig } from '@firecase/config';
import type { TLSConfig } from '@temporalio/client';

/** What both the client's Connection and the worker's NativeConnection need to reach Temporal. */
export interface TemporalConnectionOptions {
  readonly address: string;
  readonly tls?: TLSConfig;
  readonly apiKey?: string;
}

export function temporalConnectionOptions(
  temporal: AppConfig['temporal'],
): TemporalConnectionOptions {
  return {
    address: temporal.address,
    apiKey: temporal.apiKey,
    tls: temporal.tls ? readTls(temporal.tls) : undefined,
  };
}

function readTls(tls: NonNullable<AppConfig['temporal']['tls']>): TLSConfig {
  return {
    serverNameOverride: tls.serverNameOverride,
    serverRootCACertificate: tls.serverRootCaCertPath
      ? readFileSync(tls.serverRootCaCertPath)
      : undefined,
    clientCertPair:
      tls.clientCertPath && tls.clientKeyPath
        ? { crt: readFileSync(tls.clientCertPath), key: readFileSync(tls.clientKeyPath) }
        : undefined,
  };
}
