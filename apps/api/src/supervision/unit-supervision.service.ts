import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import {
  getSupervisionQuery,
  SUPERVISION_UPDATES,
  type UnitSupervisionView,
} from '@firecase/contract';
import {
  currentRung,
  type SupervisionCommands,
  type SupervisionCommandType,
  SupervisionErrorCode,
  type UnitSupervisionState,
} from '@firecase/domain';
import {
  AuditTrailRepository,
  type SupervisionCaseRecord,
  type SupervisionFilter,
  UnitSupervisionRepository,
} from '@firecase/persistence';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import { mayActOnUnitSupervision, mayReadUnitSupervision } from '../authz/unit-scope';
import { supervisionRefusal, translateSupervisionError } from './supervision-error-status';

/**
 * Unit supervision cases (督办) for the API: reads from the read model, scoped by unit; every
 * supervisor action is a Temporal update of the case's workflow.
 */
@Injectable()
export class UnitSupervisionService {
  constructor(
    private readonly client: Client,
    private readonly supervisions: UnitSupervisionRepository,
    private readonly auditTrail: AuditTrailRepository,
  ) {}

  async list(filter: SupervisionFilter, user: AuthenticatedUser): Promise<SupervisionCaseRecord[]> {
    return (await this.supervisions.list(filter)).filter((c) =>
      mayReadUnitSupervision(user, c.unit),
    );
  }

  /** 404 for a case outside the caller's scope, as for an unknown one. */
  async get(number: string, user: AuthenticatedUser): Promise<SupervisionCaseRecord> {
    const found = await this.supervisions.find(number);
    if (!found || !mayReadUnitSupervision(user, found.unit)) {
      throw new NotFoundException(`supervision case ${number} not found`);
    }
    return found;
  }

  async history(number: string, user: AuthenticatedUser) {
    await this.get(number, user);
    return this.auditTrail.listCaseEvents(number);
  }

  /** The workflow's own state, for checks before an action (the read model may lag by a step). */
  async live(number: string, user: AuthenticatedUser): Promise<UnitSupervisionState> {
    const record = await this.get(number, user);
    if (!mayActOnUnitSupervision(user, record.unit)) {
      throw new ForbiddenException(
        record.unit.kind === 'department' && record.unit.code === user.departmentCode
          ? 'a supervisor does not act on the supervision of their own department'
          : `a ${user.role} does not act on unit supervision`,
      );
    }
    try {
      const view = await this.client.workflow
        .getHandle(number)
        .query<UnitSupervisionView>(getSupervisionQuery);
      return view.state;
    } catch (error) {
      return translateSupervisionError(number, error);
    }
  }

  /** Refuses early (before a PDF is issued) when the case is not at this rung. */
  async expectRung(number: string, user: AuthenticatedUser, kind: 'criticism') {
    const state = await this.live(number, user);
    if (state.status === 'closed') {
      throw supervisionRefusal(
        SupervisionErrorCode.SupervisionClosed,
        `supervision case ${number} is closed`,
      );
    }
    const rung = currentRung(state)!;
    if (rung.kind !== kind) {
      throw supervisionRefusal(
        SupervisionErrorCode.WrongRung,
        `the case is at the ${rung.kind} rung, not ${kind}`,
      );
    }
    if (rung.issued) {
      throw supervisionRefusal(SupervisionErrorCode.RungDone, `the ${kind} rung is done already`);
    }
    return state;
  }

  async perform<K extends SupervisionCommandType>(
    number: string,
    type: K,
    user: AuthenticatedUser,
    body: Omit<SupervisionCommands[K], 'actor'>,
  ): Promise<UnitSupervisionState> {
    await this.live(number, user);
    const input = { ...body, actor: actorOf(user) } as SupervisionCommands[K];
    try {
      const view = await this.client.workflow
        .getHandle(number)
        .executeUpdate<UnitSupervisionView, [SupervisionCommands[K]]>(
          SUPERVISION_UPDATES[type].name,
          {
            args: [input],
          },
        );
      return view.state;
    } catch (error) {
      return translateSupervisionError(number, error);
    }
  }
}
