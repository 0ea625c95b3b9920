import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Actor } from '@firecase/domain';
import { actorOf, type AuthenticatedRequest } from '../auth/authenticated-user';

/**
 * The user performing a request, as the workflow and the audit trail record them: the signed-in
 * user the auth guard loaded from the bearer token (never anything the caller claims).
 */
export const ActingUser = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new UnauthorizedException('sign in first');
  return actorOf(user);
});
