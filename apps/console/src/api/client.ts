// The one API client of the console, generated from the OpenAPI document (schema.gen.ts) and
// driven by openapi-fetch. Its transport adds the bearer token, and on a 401 refreshes the
// session once and retries; nothing else in the console talks to the API.
import createClient from 'openapi-fetch';
import { accessToken, refreshSession, refreshToken, setRefresher } from '../auth/session';
import { ApiError } from './api-error';
import type { paths } from './schema.gen';
import type { ApiErrorBody } from './types';

const baseUrl = window.location.origin;

/** Without the token: sign-in and refresh. */
export const publicApi = createClient<paths>({ baseUrl });

async function authorisedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await fetch(withToken(request));
  if (response.status !== 401 || !refreshToken()) return response;
  // A refused refresh ends the session (and the app goes to 登录); an unreachable one keeps it.
  if (!(await refreshSession())) return response;
  return fetch(withToken(retry));
}

function withToken(request: Request): Request {
  const token = accessToken();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  return request;
}

export const api = createClient<paths>({ baseUrl, fetch: authorisedFetch });

setRefresher(async (token) => {
  const { data, response } = await publicApi.POST('/auth/refresh', {
    body: { refreshToken: token },
  });
  if (response.status === 401 || response.status === 400) return undefined;
  if (!response.ok) throw new Error(`refresh answered ${response.status}`);
  return data;
});

interface Answer {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * The body of a successful answer, typed by the caller from api/types.ts; an ApiError with the
 * API's error body otherwise.
 */
export async function ok<T>(pending: Promise<Answer>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw new ApiError(response.status, error as Partial<ApiErrorBody>);
  return data as T;
}
