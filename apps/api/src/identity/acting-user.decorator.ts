import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { type Actor, isRole, ROLES } from '@firecase/domain';

/**
 * The user performing a request. Until authentication lands (the roles-and-security issue), the
 * caller names itself in X-User-Id, X-User-Name and X-User-Role; the workflow still checks the
 * role against its permission matrix and records the actor with every step.
 */
export const ActingUser = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<Request>();
  const header = (name: string) => {
    const value = request.header(name)?.trim();
    if (!value) throw new BadRequestException(`header ${name} is required`);
    return value;
  };
  const role = header('X-User-Role');
  if (!isRole(role))
    throw new BadRequestException(`header X-User-Role must be one of ${ROLES.join(', ')}`);
  return { userId: header('X-User-Id'), name: decodeURIComponent(header('X-User-Name')), role };
});
