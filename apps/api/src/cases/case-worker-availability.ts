import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { AppConfig } from '@firecase/config';
import { CASE_TASK_QUEUE } from '@firecase/contract';

export type WorkerAvailability =
  { readonly available: true } | { readonly available: false; readonly reason: string };

/**
 * A live worker starts a long poll at least every minute (the server answers an idle poll after
 * 60 s and the worker polls again at once), so a poller last seen longer ago than this is gone.
 */
export const POLLER_FRESH_MS = 75_000;
/** Workflow tasks waiting this long in the queue mean no worker is taking them. */
export const BACKLOG_STALE_MS = 20_000;
const PROBE_DEADLINE_MS = 2_000;
/** One probe serves the actions of this window: a burst of actions costs one round trip. */
const PROBE_CACHE_MS = 1_000;
/** After a worker failed to answer in time, actions answer 503 at once for this long. */
const UNRESPONSIVE_HOLD_MS = 10_000;

/**
 * Whether case workflows can take an update now. An update to a workflow that no worker runs is
 * not refused by Temporal: it waits (and is applied when a worker returns). Asking first keeps
 * the answer quick and honest: 503 before anything was sent. The task queue's pollers say
 * whether a worker is there (a killed one lingers up to POLLER_FRESH_MS), its backlog age whether
 * workers are taking tasks; the update's own deadline bounds whatever slips past both.
 */
@Injectable()
export class CaseWorkerAvailability {
  private cached?: { readonly until: number; readonly verdict: Promise<WorkerAvailability> };

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  check(): Promise<WorkerAvailability> {
    const now = Date.now();
    if (this.cached && this.cached.until > now) return this.cached.verdict;
    const verdict = this.probe();
    this.cached = { until: now + PROBE_CACHE_MS, verdict };
    return verdict;
  }

  /**
   * An update or query ran out of time although the probe found a worker: it died moments ago
   * (its poller lingers in the server's list). Believe that for a few seconds rather than let the
   * next actions wait out their deadlines too.
   */
  reportUnresponsive(reason: string): void {
    const verdict: WorkerAvailability = { available: false, reason };
    this.cached = { until: Date.now() + UNRESPONSIVE_HOLD_MS, verdict: Promise.resolve(verdict) };
  }

  private async probe(): Promise<WorkerAvailability> {
    let described: temporal.api.workflowservice.v1.IDescribeTaskQueueResponse;
    try {
      described = await this.client.connection.withDeadline(Date.now() + PROBE_DEADLINE_MS, () =>
        this.client.workflowService.describeTaskQueue({
          namespace: this.config.temporal.namespace,
          taskQueue: { name: CASE_TASK_QUEUE },
          taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
          reportStats: true,
        }),
      );
    } catch (error) {
      return {
        available: false,
        reason: `Temporal at ${this.config.temporal.address} does not answer (${messageOf(error)})`,
      };
    }
    return judge(described, Date.now());
  }
}

/** The verdict on one DescribeTaskQueue answer at `now` (exported for its unit test). */
export function judge(
  described: temporal.api.workflowservice.v1.IDescribeTaskQueueResponse,
  now: number,
): WorkerAvailability {
  const lastSeen = Math.max(
    -Infinity,
    ...(described.pollers ?? [])
      .filter((poller) => poller.lastAccessTime)
      .map((poller) => millisOf(poller.lastAccessTime)),
  );
  if (!(now - lastSeen <= POLLER_FRESH_MS)) {
    const seen = Number.isFinite(lastSeen)
      ? `last seen ${Math.round((now - lastSeen) / 1000)} s ago`
      : 'none seen';
    return {
      available: false,
      reason: `no case worker is polling task queue ${CASE_TASK_QUEUE} (${seen})`,
    };
  }
  const backlogAge = millisOf(described.stats?.approximateBacklogAge);
  if (backlogAge >= BACKLOG_STALE_MS) {
    return {
      available: false,
      reason: `case workflow tasks have waited ${Math.round(backlogAge / 1000)} s for a worker`,
    };
  }
  return { available: true };
}

type LongLike = number | { toNumber(): number } | null | undefined;
type ProtoTime = { seconds?: LongLike; nanos?: number | null } | null | undefined;

/** A protobuf Timestamp or Duration in milliseconds; absent is 0. */
function millisOf(time: ProtoTime): number {
  if (!time) return 0;
  const seconds = typeof time.seconds === 'number' ? time.seconds : (time.seconds?.toNumber() ?? 0);
  return seconds * 1000 + (time.nanos ?? 0) / 1e6;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
