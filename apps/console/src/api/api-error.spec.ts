import { ApiError } from './api-error';

describe('ApiError.userMessage', () => {
  it("says the workflow's refusal in Chinese by its code", () => {
    const error = new ApiError(409, { code: 'NOTICE_NOT_SERVED', message: 'notice not served' });
    expect(error.userMessage).not.toMatch(/[A-Za-z]/);
    expect(error.userMessage).not.toBe('案件当前状态不允许此操作');
  });

  it("says the API's own refusals in Chinese: no worker, a reused request key", () => {
    expect(new ApiError(503, { code: 'WORKFLOW_UNAVAILABLE' }).userMessage).toBe(
      '案件办理服务暂时不可用，请稍后重试',
    );
    expect(new ApiError(422, { code: 'IDEMPOTENCY_KEY_REUSED' }).userMessage).toContain(
      '已用于另一项不同的请求',
    );
  });

  it('falls back to what the status means when the code is unknown or absent', () => {
    expect(new ApiError(404, { message: 'TB-2026-000009 not found' }).userMessage).toBe(
      '无权访问或不存在',
    );
    expect(new ApiError(418, undefined).userMessage).toBe('操作失败（418）');
  });
});
