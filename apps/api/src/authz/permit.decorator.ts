import { SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { ApiAction } from './api-permissions';

export const PERMIT = Symbol('firecase:permit');

/** Names the API action an endpoint is; the guard checks it against API_PERMISSIONS. */
export const Permit = (action: ApiAction): MethodDecorator & ClassDecorator => {
  const permit = SetMetadata(PERMIT, action);
  const bearer = ApiBearerAuth();
  return (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor) {
      permit(target, key!, descriptor);
      bearer(target, key!, descriptor);
    } else {
      (permit as ClassDecorator)(target as never);
      (bearer as ClassDecorator)(target as never);
    }
  };
};
