import { Injectable } from '@nestjs/common';
import { AuditTrailRepository, DeliveryLogRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AccessLogService } from '../authz/access-log.service';
import { CaseActionsService } from '../cases/case-actions.service';

/**
 * What auditors read: the case's audit trail (who did what, when, on what evidence, and what the
 * system did by itself), whether its hash chain is intact, and whether it agrees with the
 * workflow's own timeline (the trail may lag the workflow by a projection; never differ).
 */
@Injectable()
export class CaseHistoryService {
  constructor(
    private readonly auditTrail: AuditTrailRepository,
    private readonly actions: CaseActionsService,
    private readonly accessLog: AccessLogService,
    private readonly deliveries: DeliveryLogRepository,
  ) {}

  async history(caseNumber: string, user: AuthenticatedUser) {
    const view = await this.actions.viewFor(caseNumber, user); // 404 unknown or out of scope
    await this.accessLog.recordRead(user, 'case.history', caseNumber);
    const [events, chain, deliveries] = await Promise.all([
      this.auditTrail.listCaseEvents(caseNumber),
      this.auditTrail.verifyCaseChain(caseNumber),
      this.deliveries.ofCase(caseNumber),
    ]);
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
    await this.actions.viewFor(caseNumber, user);
    return this.auditTrail.verifyCaseChain(caseNumber);
  }
}
