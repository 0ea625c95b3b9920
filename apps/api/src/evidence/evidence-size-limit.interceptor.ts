import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { MAX_EVIDENCE_BYTES } from './evidence-limits';

/** Multer's 413 says only "File too large"; the client needs the limit to do anything about it. */
@Injectable()
export class EvidenceSizeLimitInterceptor implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException
              ? new PayloadTooLargeException(
                  `the file is larger than ${MAX_EVIDENCE_BYTES / (1024 * 1024)} MiB (${MAX_EVIDENCE_BYTES} bytes)`,
                )
              : error,
          ),
        ),
      );
  }
}
