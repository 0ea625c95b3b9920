import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '@firecase/config';
import { isRole } from '@firecase/domain';
import { UserRepository } from '@firecase/persistence';
import { type ApiAction, mayCall } from '../authz/api-permissions';
import { PERMIT } from '../authz/permit.decorator';
import { verifyAccessToken } from './access-token';
import type { AuthenticatedRequest } from './authenticated-user';
import { IS_PUBLIC } from './public.decorator';

/**
 * Every endpoint but those marked @Public(): a valid bearer token of an enabled user whose token
 * version still matches (the user is read per request, which is what makes logout and disabling
 * immediate), then the role against the API permission matrix. A route that names no API action
 * is refused: forgetting @Permit() fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UserRepository,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.header('authorization') ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorizedException('send Authorization: Bearer <access token>');
    }
    const claims = verifyAccessToken(token, this.config.auth.jwtSecret);
    const user = claims && (await this.users.findById(claims.sub));
    if (
      !claims ||
      !user ||
      user.disabled ||
      user.tokenVersion !== claims.tv ||
      !isRole(user.role)
    ) {
      throw new UnauthorizedException('the access token is not valid');
    }
    request.user = {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      departmentCode: user.departmentCode,
      communityCodes: user.communityCodes,
    };
    const action = this.reflector.getAllAndOverride<ApiAction | undefined>(PERMIT, targets);
    if (!action || !mayCall(user.role, action)) {
      throw new ForbiddenException(`a ${user.role} may not do this`);
    }
    return true;
  }
}
