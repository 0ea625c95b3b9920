import { Injectable } from '@nestjs/common';
import { AuditTrailRepository, DeliveryLogRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseReadsService } from '../cases/case-reads.service';

/**
 * What auditors read: the case's audit trail (who did what, when, on what evidence, and what the
 * system did by itself), whether its hash chain is intact, and whether it agrees with the case's
 * own timeline: the running workflow's when it answers, else the record's snapshot (the trail
 * may lag the workflow by a projection; never differ). Nothing here needs the workflow.
 */
@Injectable()
export class CaseHistoryService {
  constructor(
    private readonly auditTrail: AuditTrailRepository,
    private readonly reads: CaseReadsService,
    private readonly deliveries: DeliveryLogRepository,
  ) {}

  async history(caseNumber: string, user: AuthenticatedUser) {
    const located = await this.reads.locateFor(caseNumber, user, 'freshest'); // 404 out of scope
    const [events, chain, deliveries] = await Promise.all([
      this.auditTrail.listCaseEvents(caseNumber),
      this.auditTrail.verifyCaseChain(caseNumber),
      this.deliveries.ofCase(caseNumber),
    ]);
    const { view } = located;
    const workflowEvents = view.state.events;
    const agrees = events.every(
      (event, i) =>
        workflowEvents[i]?.type === event.eventType && workflowEvents[i]?.seq === event.seq,
    );
    return {
      caseNumber,
      events,
      chain,
      workflow: {
        /** Whose timeline the trail was checked against: the workflow's, or the record's. */
        source: located.source,
        revision: view.state.revision,
        events: workflowEvents.length,
        /** true when every recorded event matches the workflow's, and none is missing. */
        inSync: agrees && events.length === workflowEvents.length,
      },
      /** Who was told what, when and by which channel (in-app, e-mail, SMS), with each status. */
      notifications: deliveries,
    };
  }

  async verify(caseNumber: string, user: AuthenticatedUser) {
    await this.reads.locateFor(caseNumber, user);
    return this.auditTrail.verifyCaseChain(caseNumber);
  }
}
