import type { Response } from 'supertest';
import type request from 'supertest';

export interface ImportJob {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  format: 'csv' | 'xlsx';
  encoding: string | null;
  fileName: string | null;
  totalRows: number;
  processedRows: number;
  counts: { imported: number; alreadyImported: number; rejected: number; pending: number };
  columns: { column: string; field: string | null; use: string }[];
  unknownColumns: string[];
  error: string | null;
  report?: {
    imported: { line: number; caseNumber: string }[];
    alreadyImported: { line: number; caseNumber: string }[];
    rejected: {
      line: number;
      problems: { field: string; column: string | null; problems: string[] }[];
    }[];
  };
}

type Http = () => ReturnType<typeof request>;

/** POST /cases/import: the job it queued (202, with its Location). */
export async function startImport(
  http: Http,
  user: Record<string, string>,
  file: Buffer,
  name = 'hazards.csv',
): Promise<ImportJob> {
  const response: Response = await http()
    .post('/cases/import')
    .set(user)
    .attach('file', file, name)
    .expect(202);
  const job = response.body as ImportJob;
  if (response.headers.location !== `/cases/import/jobs/${job.id}`) {
    throw new Error(`Location ${response.headers.location} does not name job ${job.id}`);
  }
  return job;
}

/**
 * Polls the job until it has finished, with every state it was seen in (to check that progress
 * only moves forward). Bounded by attempts, not by a clock.
 */
export async function untilFinished(
  http: Http,
  user: Record<string, string>,
  id: string,
): Promise<{ job: ImportJob; seen: ImportJob[] }> {
  const seen: ImportJob[] = [];
  for (let attempt = 0; attempt < 1200; attempt++) {
    const job = (await http().get(`/cases/import/jobs/${id}`).set(user).expect(200))
      .body as ImportJob;
    seen.push(job);
    if (job.status === 'completed' || job.status === 'failed') return { job, seen };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`import ${id} did not finish`);
}

/** Imports the file and waits for the background job to finish. */
export async function importAndWait(
  http: Http,
  user: Record<string, string>,
  file: Buffer,
  name?: string,
): Promise<ImportJob> {
  const started = await startImport(http, user, file, name);
  return (await untilFinished(http, user, started.id)).job;
}
