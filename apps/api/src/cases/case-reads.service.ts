import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { CASE_NUMBER_PATTERN, type CaseView, getCaseQuery } from '@firecase/contract';
import { type CaseStatus, isTerminal } from '@firecase/domain';
import { CaseRecordRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { caseScopeOf, isInScope } from '../authz/case-scope';
import { CaseWorkflowUnavailableException } from '../errors/coded-http.exception';
import { CaseWorkerAvailability } from './case-worker-availability';

/** How long a read waits for a running case's workflow before answering from the record. */
const LIVE_QUERY_DEADLINE_MS = 3_000;

/** A case as far as reads and scope checks need it. */
export interface LocatedCase {
  readonly caseNumber: string;
  readonly status: CaseStatus;
  readonly department: string;
  readonly community: string;
  /** The freshest view known here: the record's, or the workflow's when it is newer. */
  readonly view: CaseView;
  /** 'record' when PostgreSQL answered; 'workflow' when the workflow's newer view did. */
  readonly source: 'record' | 'workflow';
}

/**
 * Every read of a case answers from its record in PostgreSQL (hazard_case: the projection's
 * snapshot holds the whole view, timeline included), so closed cases stay readable after
 * Temporal deleted their workflow and every case stays readable while Temporal or the worker is
 * down. A running case is also asked of its workflow, briefly: the projection lands a moment
 * after each action, and a read right after one (as the console does) should see it. Failing
 * that, the record answers.
 */
@Injectable()
export class CaseReadsService {
  private readonly logger = new Logger(CaseReadsService.name);

  constructor(
    private readonly records: CaseRecordRepository,
    private readonly client: Client,
    private readonly workers: CaseWorkerAvailability,
  ) {}

  /**
   * The case, if the user's scope reaches it. A case outside it answers exactly as an unknown
   * one does (404), so its existence is not given away either. The scope is the record's
   * department and community: no workflow query.
   */
  async locateFor(
    caseNumber: string,
    user: AuthenticatedUser,
    freshness: 'record' | 'freshest' = 'record',
  ): Promise<LocatedCase> {
    const located = await this.locate(caseNumber, freshness);
    if (!isInScope(caseScopeOf(user), located)) throw notFound(caseNumber);
    return located;
  }

  /** The case's view for its detail page: state, obligations, every due date. */
  async viewFor(caseNumber: string, user: AuthenticatedUser): Promise<CaseView> {
    return (await this.locateFor(caseNumber, user, 'freshest')).view;
  }

  /**
   * Unscoped: for the api's own use after it has checked the caller. `liveDeadlineMs` is how
   * long the running workflow may take to answer before the record does.
   */
  async locate(
    caseNumber: string,
    freshness: 'record' | 'freshest' = 'freshest',
    liveDeadlineMs = LIVE_QUERY_DEADLINE_MS,
  ): Promise<LocatedCase> {
    if (!CASE_NUMBER_PATTERN.test(caseNumber)) throw notFound(caseNumber);
    const record = await this.records.find(caseNumber);
    if (record) {
      const recorded = located(record.snapshot as CaseView, 'record');
      if (freshness === 'record' || isTerminal(recorded.status)) return recorded;
      const live = await this.liveView(caseNumber, liveDeadlineMs);
      return live && live !== 'gone' && live.state.revision > recorded.view.state.revision
        ? located(live, 'workflow')
        : recorded;
    }
    // No record yet: a case opened a moment ago, before its first projection landed.
    if (!(await this.records.wasNumbered(caseNumber))) throw notFound(caseNumber);
    const live = await this.liveView(caseNumber, liveDeadlineMs);
    if (live === 'gone') throw notFound(caseNumber); // numbered, but its start never happened
    if (live) return located(live, 'workflow');
    throw new CaseWorkflowUnavailableException(
      `case ${caseNumber} is being opened and is not recorded yet, and its workflow does not answer; try again shortly`,
    );
  }

  /** The workflow's view; 'gone' when Temporal has no such workflow; undefined when it is slow. */
  private async liveView(
    caseNumber: string,
    deadlineMs: number,
  ): Promise<CaseView | 'gone' | undefined> {
    // A query to a workflow no worker runs waits for one: ask the task queue first.
    if (!(await this.workers.check()).available) return undefined;
    try {
      return await this.client.connection.withDeadline(Date.now() + deadlineMs, () =>
        this.client.workflow.getHandle(caseNumber).query(getCaseQuery),
      );
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return 'gone';
      // Not taken as a sign the worker is gone: under load a query may just be slow.
      this.logger.debug(`case ${caseNumber}: workflow query failed, answering from the record`);
      this.logger.verbose(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }
}

function located(view: CaseView, source: LocatedCase['source']): LocatedCase {
  const { discovery } = view.state;
  return {
    caseNumber: view.state.caseNumber,
    status: view.state.status,
    department: discovery.department,
    community: discovery.location.community,
    view,
    source,
  };
}

function notFound(caseNumber: string): NotFoundException {
  return new NotFoundException(`case ${caseNumber} not found`);
}
