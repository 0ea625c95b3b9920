/**
 * The Idempotency-Key of one submission of an action's dialog: the dialog's own random part and a
 * digest of what was entered. Pressing 确认 again with the same entries (the answer was lost on a
 * phone, or a 503 said to send again) resends the same key, so the API records the action once;
 * entries changed after a refusal are another request with another key (the API answers 422 to a
 * key reused for a different request).
 */
export function actionKey(dialog: string, values: unknown): string {
  const text = JSON.stringify(values) ?? '';
  return `${dialog}.${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

/** FNV-1a over the text's UTF-16 units: a spread, not a secret (the dialog part is random). */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
