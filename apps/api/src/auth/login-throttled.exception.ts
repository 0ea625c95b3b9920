import { HttpException, HttpStatus } from '@nestjs/common';

/** Too many failed logins for a user name or from a client; Retry-After says when to try again. */
export class LoginThrottledException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super('too many failed logins; try again later', HttpStatus.TOO_MANY_REQUESTS);
  }
}
