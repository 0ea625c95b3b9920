import { Injectable } from '@nestjs/common';
import { LoginFailureRepository, type LoginLimits } from '@firecase/persistence';
import { LoginThrottledException } from './login-throttled.exception';

/**
 * Failed logins in 15 minutes before login answers 429:
 * - 5 for one user name from one address: guessing one password from one place;
 * - 20 from one address, whatever the names: spraying many names from one place (an office
 *   behind one NAT makes a few typos, not twenty);
 * - 10 for one user name from everywhere, to slow a guess spread over many addresses. This one
 *   never applies at an address where the user signed in within 30 days: someone failing on
 *   purpose elsewhere cannot lock the user out where they work. At a new address it lasts until
 *   15 minutes after the last failure, and an administrator's password reset lifts it at once.
 * Every attempt counts before its password is checked, atomically, so a burst lets no more
 * through than the limit; a refused attempt counts for nothing and extends no lock.
 */
export const LOGIN_LIMITS: LoginLimits = {
  windowSeconds: 15 * 60,
  perNameAndAddress: 5,
  perAddress: 20,
  perName: 10,
  knownAddressDays: 30,
};

/** An attempt counted as a failure until `succeeded` says otherwise. */
export interface CountedAttempt {
  readonly attemptId: string;
  readonly username: string;
  readonly clientIp: string;
}

@Injectable()
export class LoginRateLimit {
  constructor(private readonly failures: LoginFailureRepository) {}

  /** Counts the attempt, or throws 429 with Retry-After when a limit is reached. */
  async reserve(username: string, clientIp: string): Promise<CountedAttempt> {
    const attempt = await this.failures.reserveAttempt(username, clientIp, LOGIN_LIMITS);
    if (!attempt.allowed) throw new LoginThrottledException(attempt.retryAfterSeconds);
    return { attemptId: attempt.attemptId, username, clientIp };
  }

  succeeded(attempt: CountedAttempt): Promise<void> {
    return this.failures.succeeded(attempt.attemptId, attempt.username, attempt.clientIp);
  }
}
