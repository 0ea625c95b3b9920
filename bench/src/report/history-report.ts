import type { CaseHistoryReport, SizeSeries } from '../api/case-history';
import { paragraph, table } from './markdown';

/** One closed benchmark case's history: how many events and bytes a simple lifecycle leaves. */
export function historySection(history: CaseHistoryReport): string {
  const series = (rows: readonly SizeSeries[]) =>
    rows.map((s) => [s.label, String(s.bytes.length), s.bytes.join(', ')]);
  return `
### The history of one closed case

${paragraph(
  `\`${history.caseNumber}\` (opened, notice issued and served, rectification reported,`,
  're-inspected and closed through the API) left',
  `**${history.events} events, ${history.bytes.toLocaleString('en')} bytes** in Temporal`,
  '(the history as Temporal serialises it: what its database stores and every replay reads).',
)}

${table(
  ['event type', 'count', 'bytes'],
  history.byEventType.map((r) => [r.type, String(r.count), r.bytes.toLocaleString('en')]),
)}

${paragraph('Payload bytes in the order they appear (a growing series would mean history growing with the square of the events):')}

${table(
  ['payload', 'count', 'bytes each'],
  [
    ...series(history.updateResults).map(([l, c, b]) => [`update result: ${l}`, c, b]),
    ...series(history.activityInputs).map(([l, c, b]) => [`activity input: ${l}`, c, b]),
    ...series(history.localActivityMarkers).map(([l, c, b]) => [
      `local activity marker: ${l}`,
      c,
      b,
    ]),
  ],
)}
`;
}
