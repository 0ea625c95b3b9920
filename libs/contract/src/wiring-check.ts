/**
 * The smallest end-to-end path: API client → Temporal → worker → activity → PostgreSQL.
 * Used by the integration tests and by operators to prove a deployment is wired.
 */
export const WIRING_CHECK_WORKFLOW = 'wiringCheckWorkflow';

export function wiringCheckWorkflowId(probeId: string): string {
  return `wiring-check-${probeId}`;
}

export interface WiringCheckResult {
  readonly probeId: string;
  readonly databaseTime: string;
  readonly databaseVersion: string;
}

/** Activities the worker provides for system checks; workflows import this as a type only. */
export interface SystemActivities {
  probeDatabase(): Promise<{ databaseTime: string; databaseVersion: string }>;
}
