import { Injectable } from '@nestjs/common';
import { LoginFailureRepository } from '@firecase/persistence';
import { LoginThrottledException } from './login-throttled.exception';

/** 5 failures in 15 minutes, for one user name or from one client address, and login answers 429. */
export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;

@Injectable()
export class LoginRateLimit {
  constructor(private readonly failures: LoginFailureRepository) {}

  async check(username: string, clientIp: string): Promise<void> {
    const counts = await this.failures.count(username, clientIp, LOGIN_FAILURE_WINDOW_SECONDS);
    if (counts.byUsername < LOGIN_FAILURE_LIMIT && counts.byClientIp < LOGIN_FAILURE_LIMIT) return;
    const oldest = counts.oldestAt?.getTime() ?? Date.now();
    const retryAfter = Math.ceil(
      (oldest + LOGIN_FAILURE_WINDOW_SECONDS * 1000 - Date.now()) / 1000,
    );
    throw new LoginThrottledException(Math.max(1, retryAfter));
  }

  recordFailure(username: string, clientIp: string): Promise<void> {
    return this.failures.record(username, clientIp);
  }

  forgive(username: string): Promise<void> {
    return this.failures.clearUsername(username);
  }
}
