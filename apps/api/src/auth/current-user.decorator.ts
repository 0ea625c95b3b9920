import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { AuthenticatedRequest, AuthenticatedUser } from './authenticated-user';

/** The signed-in user the auth guard loaded for this request. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    // Only a route marked @Public() lacks a user, and such a route has no business asking.
    if (!user) throw new UnauthorizedException('sign in first');
    return user;
  },
);
