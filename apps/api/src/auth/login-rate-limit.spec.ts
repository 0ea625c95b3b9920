import type { LoginAttempt, LoginFailureRepository } from '@firecase/persistence';
import { LOGIN_LIMITS, LoginRateLimit } from './login-rate-limit';
import { LoginThrottledException } from './login-throttled.exception';

function limitAnswering(attempt: LoginAttempt) {
  const calls: unknown[][] = [];
  const failures = {
    reserveAttempt: (...args: unknown[]) => (calls.push(args), Promise.resolve(attempt)),
  };
  return { limit: new LoginRateLimit(failures as unknown as LoginFailureRepository), calls };
}

describe(LoginRateLimit.name, () => {
  it('counts the attempt first and hands back what proves it was right', async () => {
    const { limit, calls } = limitAnswering({ allowed: true, attemptId: '17' });
    await expect(limit.reserve('li', '10.0.0.1')).resolves.toEqual({
      attemptId: '17',
      username: 'li',
      clientIp: '10.0.0.1',
    });
    expect(calls).toEqual([['li', '10.0.0.1', LOGIN_LIMITS]]);
  });

  it('answers 429 with Retry-After when a limit is reached', async () => {
    const { limit } = limitAnswering({ allowed: false, retryAfterSeconds: 300 });
    const error = (await limit
      .reserve('li', '10.0.0.1')
      .catch((e: unknown) => e)) as LoginThrottledException;
    expect(error).toBeInstanceOf(LoginThrottledException);
    expect(error.getStatus()).toBe(429);
    expect(error.retryAfterSeconds).toBe(300);
  });

  it('keeps the limits of the README: 5 per name and address, 20 per address, 10 per name', () => {
    expect(LOGIN_LIMITS).toEqual({
      windowSeconds: 900,
      perNameAndAddress: 5,
      perAddress: 20,
      perName: 10,
      knownAddressDays: 30,
    });
  });
});
