import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import { LoginThrottledException } from '../auth/login-throttled.exception';
import type { ApiErrorBody } from './api-error';
import { CaseRefusedException } from './case-refused.exception';
import { CodedHttpException } from './coded-http.exception';
import { CodedRefusalException } from './coded-refusal.exception';
import { FieldValidationException } from './field-validation.exception';

/** Turns every error into ApiErrorBody; unexpected ones are logged and answered as a bare 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (isHealthReport(exception)) {
      // /health keeps Terminus' documented shape ({status, info, error, details}) for probes.
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    if (exception instanceof LoginThrottledException) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    const body = this.toBody(exception);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof FieldValidationException) {
      return {
        statusCode: 400,
        error: 'Bad Request',
        message: exception.message,
        fields: exception.fields,
      };
    }
    if (
      exception instanceof CaseRefusedException ||
      exception instanceof CodedHttpException ||
      exception instanceof CodedRefusalException
    ) {
      const statusCode = exception.getStatus();
      return {
        statusCode,
        error: reasonPhrase(statusCode),
        message: exception.message,
        code: exception.code,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string' ? response : (messageOf(response) ?? exception.message);
      return { statusCode, error: reasonPhrase(statusCode), message };
    }
    const clientError = bodyParserClientError(exception);
    if (clientError) {
      return {
        statusCode: clientError.status,
        error: reasonPhrase(clientError.status),
        message: clientError.message,
      };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' };
  }
}

/**
 * Express' body parser rejects a body (too large, malformed JSON) with an http-errors error that
 * is safe to show (`expose`) and carries its 4xx status; it reaches this filter, not Nest's.
 */
function bodyParserClientError(
  exception: unknown,
): { status: number; message: string } | undefined {
  const error = exception as { expose?: unknown; status?: unknown; message?: unknown } | undefined;
  if (
    error?.expose === true &&
    typeof error.status === 'number' &&
    error.status >= 400 &&
    error.status < 500 &&
    typeof error.message === 'string'
  ) {
    return { status: error.status, message: error.message };
  }
  return undefined;
}

function isHealthReport(exception: unknown): exception is HttpException {
  if (!(exception instanceof HttpException)) return false;
  const response = exception.getResponse();
  return (
    typeof response === 'object' &&
    response !== null &&
    'status' in response &&
    'details' in response
  );
}

function messageOf(response: object): string | undefined {
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return undefined;
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string'
    ? name
        .toLowerCase()
        .split('_')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(' ')
    : 'Error';
}
