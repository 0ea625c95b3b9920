import {
  API_ERROR_CODE_LABELS,
  CAMPAIGN_ERROR_CODE_LABELS,
  ERROR_CODE_LABELS,
  labelOf,
  SUPERVISION_ERROR_CODE_LABELS,
} from '../shared/labels';
import type { ApiErrorBody } from './types';

/** What the API answered when it said no, with the words a user should read. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<ApiErrorBody> | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }

  get code(): string | undefined {
    return this.body?.code;
  }

  /** Each bad field (dotted path, e.g. "location.address") with its problems. */
  get fields(): readonly { readonly field: string; readonly problems: readonly string[] }[] {
    return this.body?.fields ?? [];
  }

  /**
   * In Chinese: the workflow's reason by its code, or the API's own (WORKFLOW_UNAVAILABLE,
   * IDEMPOTENCY_KEY_REUSED), or what the status means.
   */
  get userMessage(): string {
    if (this.code && this.code in ERROR_CODE_LABELS) return labelOf(ERROR_CODE_LABELS, this.code);
    // A campaign's or a unit supervision case's own reasons (督导考核, 专项行动).
    for (const table of [SUPERVISION_ERROR_CODE_LABELS, CAMPAIGN_ERROR_CODE_LABELS]) {
      if (this.code && this.code in table) return labelOf(table, this.code);
    }
    if (this.code && this.code in API_ERROR_CODE_LABELS) {
      return labelOf(API_ERROR_CODE_LABELS, this.code);
    }
    return STATUS_MESSAGES[this.status] ?? `操作失败（${this.status}）`;
  }
}

const STATUS_MESSAGES: Readonly<Record<number, string>> = {
  400: '填写的内容有误，请检查标红的字段',
  401: '登录已失效，请重新登录',
  403: '您的角色无权执行此操作',
  404: '无权访问或不存在',
  409: '案件当前状态不允许此操作',
  413: '文件或内容过大',
  422: '填写的内容有误',
  429: '操作过于频繁，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
};
