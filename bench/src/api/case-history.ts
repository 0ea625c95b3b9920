import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type Payloads = temporal.api.common.v1.IPayloads | null | undefined;

/** Bytes of one kind of thing in the history, in the order it appeared. */
export interface SizeSeries {
  readonly label: string;
  readonly bytes: readonly number[];
}

/** The history of one benchmark case, read from Temporal after the case was closed. */
export interface CaseHistoryReport {
  readonly caseNumber: string;
  readonly events: number;
  /** The history as Temporal serialises it (protobuf), what its database and every replay hold. */
  readonly bytes: number;
  readonly byEventType: readonly { type: string; count: number; bytes: number }[];
  /** Each update's result payload (the case view it answers with), by update name. */
  readonly updateResults: readonly SizeSeries[];
  /** Inputs of the activities it scheduled (projectCase carries the case view). */
  readonly activityInputs: readonly SizeSeries[];
  /** Local activities' markers (input and result recorded in the history), by activity type. */
  readonly localActivityMarkers: readonly SizeSeries[];
}

export async function readCaseHistory(
  client: Client,
  caseNumber: string,
): Promise<CaseHistoryReport> {
  const history = await client.workflow.getHandle(caseNumber).fetchHistory();
  const events = history.events ?? [];
  const encoded = (event: HistoryEvent) =>
    temporal.api.history.v1.HistoryEvent.encode(event).finish().length;

  const byType = new Map<string, { count: number; bytes: number }>();
  for (const event of events) {
    const type = eventTypeName(event);
    const row = byType.get(type) ?? { count: 0, bytes: 0 };
    row.count += 1;
    row.bytes += encoded(event);
    byType.set(type, row);
  }

  const updateNames = new Map<string, string>();
  const updateResults = new SeriesBuilder();
  const activityInputs = new SeriesBuilder();
  const markers = new SeriesBuilder();
  for (const event of events) {
    const accepted = event.workflowExecutionUpdateAcceptedEventAttributes;
    if (accepted?.acceptedRequest?.meta?.updateId) {
      updateNames.set(
        accepted.acceptedRequest.meta.updateId,
        accepted.acceptedRequest.input?.name ?? '(unnamed)',
      );
    }
    const completed = event.workflowExecutionUpdateCompletedEventAttributes;
    if (completed) {
      const name = updateNames.get(completed.meta?.updateId ?? '') ?? '(unknown)';
      updateResults.add(name, payloadBytes(completed.outcome?.success));
    }
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled)
      activityInputs.add(scheduled.activityType?.name ?? '?', payloadBytes(scheduled.input));
    const marker = event.markerRecordedEventAttributes;
    if (marker) markers.add(localActivityType(marker), encoded(event));
  }

  return {
    caseNumber,
    events: events.length,
    bytes: temporal.api.history.v1.History.encode(history).finish().length,
    byEventType: [...byType.entries()]
      .map(([type, row]) => ({ type, ...row }))
      .sort((a, b) => b.bytes - a.bytes),
    updateResults: updateResults.series(),
    activityInputs: activityInputs.series(),
    localActivityMarkers: markers.series(),
  };
}

class SeriesBuilder {
  private readonly byLabel = new Map<string, number[]>();

  add(label: string, bytes: number): void {
    this.byLabel.set(label, [...(this.byLabel.get(label) ?? []), bytes]);
  }

  series(): SizeSeries[] {
    return [...this.byLabel.entries()].map(([label, bytes]) => ({ label, bytes }));
  }
}

function payloadBytes(payloads: Payloads): number {
  return (payloads?.payloads ?? []).reduce((sum, p) => sum + (p.data?.length ?? 0), 0);
}

function eventTypeName(event: HistoryEvent): string {
  const name = temporal.api.enums.v1.EventType[event.eventType ?? 0] ?? String(event.eventType);
  return name.replace(/^EVENT_TYPE_/, '');
}

/** Core records a local activity as a marker whose `data` detail names the activity type. */
function localActivityType(marker: temporal.api.history.v1.IMarkerRecordedEventAttributes): string {
  const data = marker.details?.data?.payloads?.[0]?.data;
  if (!data) return marker.markerName ?? 'marker';
  try {
    const parsed = JSON.parse(Buffer.from(data).toString('utf8')) as { activity_type?: string };
    return parsed.activity_type ?? marker.markerName ?? 'marker';
  } catch {
    return marker.markerName ?? 'marker';
  }
}
