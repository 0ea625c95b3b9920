import { HttpException, type HttpStatus } from '@nestjs/common';

/**
 * A domain refused an action with a stable code (a campaign's or a unit supervision case's):
 * the status comes from that domain's one switch, the code and message go to the client.
 */
export class CodedRefusalException extends HttpException {
  constructor(
    readonly code: string,
    message: string,
    status: HttpStatus,
  ) {
    super(message, status);
  }
}
