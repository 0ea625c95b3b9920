import { SetMetadata } from '@nestjs/common';
import type { AccessAction, Role } from '@firecase/domain';

export const LOGS_READ = Symbol('firecase:logs-read');

export interface ReadLogging {
  readonly action: AccessAction;
  /** Roles whose reads here are not logged: officers paging their own ledger. */
  readonly except?: readonly Role[];
  /**
   * Log before the handler runs, for endpoints that stream their answer themselves (`@Res()`
   * exports): once bytes are out, a failed log could no longer stop them.
   */
  readonly before?: boolean;
}

/**
 * Marks an endpoint as a read of case data: AccessLogInterceptor writes who read what, when,
 * into the append-only access log, before the answer leaves (a read whose log cannot be written
 * fails). One line per endpoint, e.g. `@LogsRead('case.detail')`.
 */
export const LogsRead = (action: AccessAction, options: Omit<ReadLogging, 'action'> = {}) =>
  SetMetadata(LOGS_READ, { action, ...options } satisfies ReadLogging);
