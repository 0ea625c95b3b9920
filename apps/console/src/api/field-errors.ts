// The API names each bad field with class-validator's English problem; the user reads the
// Chinese words for that kind of problem (FIELD_PROBLEM_LABELS in @firecase/domain's labels).
import { FIELD_PROBLEM_LABELS } from '@firecase/domain';
import type { FormInstance } from 'antd';
import type { ApiError } from './api-error';

type ProblemKind = keyof typeof FIELD_PROBLEM_LABELS;

const PATTERNS: readonly [RegExp, ProblemKind][] = [
  [/should not be empty|must be a string|should not be null or undefined/, 'required'],
  [/must be shorter than or equal to (\d+)/, 'too_long'],
  [/must be longer than or equal to (\d+)/, 'too_short'],
  [/must be one of the following values|must be a hazard type/, 'not_allowed'],
  [/ISO 8601|time zone/, 'date_time'],
  [/YYYY-MM-DD/, 'date'],
  [/latitude|longitude/, 'coordinates'],
  [/must contain at least|must contain not more than/, 'count'],
];

/** The Chinese message for one problem, with its number (length, count) when it has one. */
export function fieldProblemText(problem: string): string {
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(problem);
    if (match) return FIELD_PROBLEM_LABELS[kind].replace('{n}', match[1] ?? '');
  }
  return FIELD_PROBLEM_LABELS.invalid;
}

type FieldPath = (string | number)[];

/**
 * Puts each bad field's Chinese message under its own input. `rename` maps the API's field
 * path (location.address) to the form's name when the two differ.
 */
export function showFieldErrors(
  form: FormInstance,
  error: ApiError,
  rename: (path: FieldPath) => FieldPath = (path) => path,
): void {
  form.setFields(
    error.fields.map(({ field, problems }) => ({
      name: rename(
        field
          .replace(/\[(\d+)\]/g, '.$1')
          .split('.')
          .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      ),
      errors: [...new Set(problems.map(fieldProblemText))],
    })),
  );
}
