import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorDto } from '../errors/api-error.dto';

/** What each error status means across the API; an endpoint lists the ones it can answer. */
const ERROR_MEANINGS = {
  400: 'a field, parameter or body is invalid (each bad field is named in `fields`)',
  401: 'no access token, or an expired, forged or revoked one',
  403: 'the caller’s role may not do this',
  404: 'not found, or outside the caller’s scope',
  409: 'refused in the current state (`code` says why)',
  413: 'the request body or file is too large',
  415: 'the file is not of a type accepted here (its bytes decide)',
  422: 'well-formed but cannot be processed as sent (`code` says why, e.g. IDEMPOTENCY_KEY_REUSED)',
  429: 'too many attempts; `Retry-After` says when to try again',
  503: 'a service the API depends on is unavailable (e.g. WORKFLOW_UNAVAILABLE: nothing was recorded; try again shortly)',
} as const;

export type ApiErrorStatus = keyof typeof ERROR_MEANINGS;

/**
 * Documents error statuses with the one error shape (ApiErrorDto). On a controller it sets the
 * defaults of every endpoint in it; on a method it adds to them.
 */
export function ApiErrors(...statuses: ApiErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_MEANINGS[status], type: ApiErrorDto }),
    ),
  );
}

export function errorMeaning(status: ApiErrorStatus): string {
  return ERROR_MEANINGS[status];
}
