import type { CaseView } from '@firecase/contract';
import { toHazardCaseRow } from '../activities/case-projection';

/** Where the reconciler reads and writes; production passes Temporal and PostgreSQL. */
export interface ReconcileDeps {
  /** Case numbers of every case workflow still running in Temporal. */
  runningCases(): AsyncIterable<string>;
  /** Case numbers the read model still shows as open. */
  openCasesInReadModel(): Promise<string[]>;
  /** The workflow's own view of a case (a query; works on finished workflows too). */
  queryCase(caseNumber: string): Promise<CaseView | undefined>;
  /** The revision the read model holds, if any. */
  storedRevision(caseNumber: string): Promise<number | undefined>;
  /** Writes the row and any missing audit events, as the projection activity does. */
  project(view: CaseView): Promise<void>;
}

export interface Repair {
  readonly caseNumber: string;
  readonly from: number | undefined;
  readonly to: number;
  readonly status: string;
}

export interface ReconcileReport {
  readonly checked: number;
  readonly repaired: readonly Repair[];
  readonly unreadable: readonly { readonly caseNumber: string; readonly error: string }[];
}

/**
 * After a crash the read model may lag its workflows (a projection never ran, or a row was lost).
 * Temporal holds the truth: every running case, and every case the read model still shows open,
 * is queried, and a row behind its workflow is rewritten from the workflow's view.
 */
export async function reconcileCases(
  deps: ReconcileDeps,
  onRepair: (repair: Repair) => void = () => undefined,
): Promise<ReconcileReport> {
  const candidates = new Set<string>(await deps.openCasesInReadModel());
  for await (const caseNumber of deps.runningCases()) candidates.add(caseNumber);
  const repaired: Repair[] = [];
  const unreadable: { caseNumber: string; error: string }[] = [];
  for (const caseNumber of [...candidates].sort()) {
    try {
      const view = await deps.queryCase(caseNumber);
      if (!view) {
        unreadable.push({
          caseNumber,
          error: 'no workflow for this case (retention expired or never started)',
        });
        continue;
      }
      const stored = await deps.storedRevision(caseNumber);
      if (stored !== undefined && stored >= view.state.revision) continue;
      await deps.project(view);
      const repair = {
        caseNumber,
        from: stored,
        to: view.state.revision,
        status: toHazardCaseRow(view).status,
      };
      repaired.push(repair);
      onRepair(repair);
    } catch (error) {
      unreadable.push({
        caseNumber,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { checked: candidates.size, repaired, unreadable };
}
