/** One SMS as the providers take it: a template by code and its named parameters. */
export interface SmsMessage {
  readonly phone: string;
  readonly templateCode: { readonly aliyun: string; readonly tencent: string };
  readonly params: Readonly<Record<string, string>>;
  /** The same values in the order of Tencent's positional template parameters. */
  readonly positional: readonly string[];
  /** Our reference, echoed by the provider (Aliyun OutId, Tencent SessionContext). */
  readonly reference: string;
  /** When the first attempt could have gone out (to search the provider's records from). */
  readonly since: string;
}

export type SmsOutcome =
  | { readonly ok: true; readonly providerId?: string }
  | { readonly ok: false; readonly retry: boolean; readonly answer: string };

export interface SmsProvider {
  readonly name: 'aliyun' | 'tencent';
  send(message: SmsMessage): Promise<SmsOutcome>;
  /** The provider's id of a message it took with this reference, if it took one. */
  findSent(message: SmsMessage): Promise<string | undefined>;
}

/**
 * What to do with a provider's error code. Only refusals that no retry can cure give up: an
 * invalid number, a signature or template that is not approved, wrong parameters. Rate limits,
 * balance and provider faults are retried with backoff (at most the policy's tries).
 */
export function retryOnProviderCode(code: string): boolean {
  return !GIVE_UP_CODES.some((pattern) => pattern.test(code));
}

const GIVE_UP_CODES = [
  // Aliyun
  /^isv\.MOBILE_NUMBER_ILLEGAL$/,
  /^isv\.MOBILE_COUNT_OVER_LIMIT$/,
  /^isv\.SMS_TEMPLATE_ILLEGAL$/,
  /^isv\.SMS_SIGNATURE_ILLEGAL$/,
  /^isv\.SMS_SIGN_ILLEGAL$/,
  /^isv\.TEMPLATE_MISSING_PARAMETERS$/,
  /^isv\.INVALID_PARAMETERS$/,
  /^isv\.INVALID_JSON_PARAM$/,
  /^isv\.BLACK_KEY_CONTROL_LIMIT$/,
  /^isv\.PARAM_LENGTH_LIMIT$/,
  /^isv\.ACCOUNT_NOT_EXISTS$/,
  /^isv\.ACCOUNT_ABNORMAL$/,
  /^InvalidAccessKeyId\./,
  /^SignatureDoesNotMatch$/,
  // Tencent Cloud
  /^InvalidParameterValue\.IncorrectPhoneNumber$/,
  /^FailedOperation\.TemplateIncorrectOrUnapproved$/,
  /^FailedOperation\.SignatureIncorrectOrUnapproved$/,
  /^InvalidParameterValue\.TemplateParameterFormatError$/,
  /^InvalidParameterValue\.TemplateParameterLengthLimit$/,
  /^FailedOperation\.PhoneNumberInBlacklist$/,
  /^FailedOperation\.ContainSensitiveWord$/,
  /^UnauthorizedOperation\./,
  /^AuthFailure\./,
];
