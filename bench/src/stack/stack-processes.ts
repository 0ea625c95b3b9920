import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { CASE_TASK_QUEUE } from '@firecase/contract';
import { commandLine, listeningPid, treeCpuSeconds } from './proc';

export type StackPart = 'api' | 'worker' | 'temporal' | 'postgres' | 'bench';

/** The processes of the stack under test, each found by what it serves (none guessed by name). */
export type StackProcesses = Partial<Record<StackPart, number>>;

export interface StackAddresses {
  readonly apiUrl: string;
  readonly temporalAddress: string;
  readonly databaseUrl: string | undefined;
  readonly namespace: string;
  readonly workerPid: number | undefined;
}

/**
 * The API, Temporal and PostgreSQL by the loopback port each listens on; the worker by its
 * Temporal identity (`pid@host`, the SDK's default) among the case task queue's pollers, so
 * another engineer's worker on the same machine is never taken for it.
 */
export async function findStackProcesses(
  client: Client,
  addresses: StackAddresses,
): Promise<StackProcesses> {
  const portOf = (address: string | undefined) => {
    if (!address) return undefined;
    const port = Number(new URL(address.includes('://') ? address : `tcp://${address}`).port);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  };
  const at = (port: number | undefined) => (port === undefined ? undefined : listeningPid(port));
  return {
    api: at(portOf(addresses.apiUrl)),
    worker: addresses.workerPid ?? (await workerPid(client, addresses.namespace)),
    temporal: at(portOf(addresses.temporalAddress)),
    postgres: at(portOf(addresses.databaseUrl)),
    bench: process.pid,
  };
}

async function workerPid(client: Client, namespace: string): Promise<number | undefined> {
  const described = await client.workflowService.describeTaskQueue({
    namespace,
    taskQueue: { name: CASE_TASK_QUEUE },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  const pids = (described.pollers ?? [])
    .map((poller) => /^(\d+)@/.exec(poller.identity ?? '')?.[1])
    .filter((pid): pid is string => pid !== undefined)
    .map(Number)
    .filter((pid) => /\bnode\b/.test(commandLine(pid) ?? ''));
  return [...new Set(pids)].length === 1 ? pids[0] : undefined;
}

/** CPU seconds each found process (with its children) has used so far. */
export function stackCpu(processes: StackProcesses): Partial<Record<StackPart, number>> {
  const out: Partial<Record<StackPart, number>> = {};
  for (const [part, pid] of Object.entries(processes) as [StackPart, number | undefined][]) {
    if (pid === undefined) continue;
    const seconds = part === 'bench' ? ownCpuSeconds() : treeCpuSeconds(pid);
    if (seconds !== undefined) out[part] = seconds;
  }
  return out;
}

function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
