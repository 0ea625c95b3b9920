/** The one error shape every endpoint answers with; never a stack trace. */
export interface ApiErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  /** A stable machine-readable reason, e.g. a CaseErrorCode. */
  readonly code?: string;
  /** For validation errors: each bad field and what is wrong with it. */
  readonly fields?: readonly { readonly field: string; readonly problems: readonly string[] }[];
}
