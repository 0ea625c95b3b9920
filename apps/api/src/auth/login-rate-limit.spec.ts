import type { LoginFailureCounts, LoginFailureRepository } from '@firecase/persistence';
import { LoginRateLimit } from './login-rate-limit';
import { LoginThrottledException } from './login-throttled.exception';

function limitWith(counts: LoginFailureCounts): LoginRateLimit {
  const failures = { count: () => Promise.resolve(counts) };
  return new LoginRateLimit(failures as unknown as LoginFailureRepository);
}

describe(LoginRateLimit.name, () => {
  it('lets a fifth attempt through after four failures', async () => {
    const oldestAt = new Date();
    await expect(
      limitWith({ byUsername: 4, byClientIp: 4, oldestAt }).check('li', '10.0.0.1'),
    ).resolves.toBeUndefined();
  });

  it.each([[{ byUsername: 5, byClientIp: 0 }], [{ byUsername: 0, byClientIp: 5 }]])(
    'refuses after five failures by name or by client: %p',
    async (counts) => {
      const oldestAt = new Date(Date.now() - 10 * 60 * 1000);
      const attempt = limitWith({ ...counts, oldestAt }).check('li', '10.0.0.1');
      await expect(attempt).rejects.toBeInstanceOf(LoginThrottledException);
      const error = (await attempt.catch((e: unknown) => e)) as LoginThrottledException;
      // The oldest failure leaves the 15-minute window in about 5 minutes.
      expect(error.retryAfterSeconds).toBeGreaterThan(290);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(300);
      expect(error.getStatus()).toBe(429);
    },
  );
});
