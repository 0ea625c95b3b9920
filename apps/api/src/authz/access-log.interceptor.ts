import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  InternalServerErrorException,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { concatMap, from, type Observable, switchMap } from 'rxjs';
import { type AccessLogEntry, AccessLogRepository } from '@firecase/persistence';
import type { AuthenticatedRequest } from '../auth/authenticated-user';
import { type ApiAction, CASE_DATA_READS } from './api-permissions';
import { LOGS_READ, type ReadLogging } from './logs-read.decorator';
import { PERMIT } from './permit.decorator';

/** Long enough for any path and filter the API takes; a longer query string is cut. */
const MAX_SUBJECT_LENGTH = 2000;

/**
 * The one mechanism that logs reads of case data (访问日志): for every endpoint marked
 * `@LogsRead`, who (the signed-in user), what (the action and the path with its query, and the
 * case the path names) and when (the database's clock). The entry is written after the handler
 * produced its answer and before Nest sends it, so a read whose log fails answers 500 and
 * discloses nothing; refused reads (404, 403) are not reads and leave no entry. An endpoint
 * permitted as a read of case data (CASE_DATA_READS) but not marked answers 500.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly log: AccessLogRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const targets = [context.getHandler(), context.getClass()];
    const logging = this.reflector.getAllAndOverride<ReadLogging | undefined>(LOGS_READ, targets);
    if (context.getType() !== 'http') return next.handle();
    if (!logging) {
      const action = this.reflector.getAllAndOverride<ApiAction | undefined>(PERMIT, targets);
      // Fails closed: a new read of case data without @LogsRead must not read unlogged.
      if (action && CASE_DATA_READS.includes(action)) {
        throw new InternalServerErrorException(`this read (${action}) is not access-logged`);
      }
      return next.handle();
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = request.user;
    if (!user || logging.except?.includes(user.role)) return next.handle();
    const caseNumber = request.params.caseNumber as string | undefined;
    const entry: AccessLogEntry = {
      userId: user.id,
      username: user.username,
      role: user.role,
      action: logging.action,
      subject: request.originalUrl.slice(0, MAX_SUBJECT_LENGTH),
      caseNumber: caseNumber ?? null,
    };
    if (logging.before) {
      return from(this.log.append(entry)).pipe(switchMap(() => next.handle()));
    }
    return next.handle().pipe(
      concatMap(async (answer: unknown) => {
        await this.log.append(entry);
        return answer;
      }),
    );
  }
}
