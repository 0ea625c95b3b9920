import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ROLES } from '@firecase/domain';

/** Documents the acting-user headers on every endpoint of a controller. */
export const ACTING_USER_HEADERS = applyDecorators(
  ApiHeader({ name: 'X-User-Id', required: true }),
  ApiHeader({ name: 'X-User-Name', required: true, description: 'URI-encoded' }),
  ApiHeader({ name: 'X-User-Role', required: true, enum: ROLES }),
);
