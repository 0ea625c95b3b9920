import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** The optional Idempotency-Key header: 1–200 visible ASCII characters. */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<Request>().header('Idempotency-Key');
    if (value === undefined) return undefined;
    if (!/^[\x21-\x7e]{1,200}$/.test(value)) {
      throw new BadRequestException(
        'header Idempotency-Key must be 1 to 200 visible ASCII characters',
      );
    }
    return value;
  },
);
