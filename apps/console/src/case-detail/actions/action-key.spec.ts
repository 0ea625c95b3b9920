import { actionKey } from './action-key';

describe('an action’s Idempotency-Key', () => {
  const dialog = '0b5f2c9e-3a41-4d6e-9f1a-2b7c8d9e0f11';

  it('is the same for the same entries in the same dialog, so a resend is recorded once', () => {
    const entries = { recipient: '王芳', method: 'in_person', photos: [] };
    expect(actionKey(dialog, entries)).toBe(actionKey(dialog, { ...entries }));
  });

  it('differs when an entry or the dialog differs', () => {
    const first = actionKey(dialog, { recipient: '王芳' });
    expect(actionKey(dialog, { recipient: '王芬' })).not.toBe(first);
    expect(actionKey('another-dialog', { recipient: '王芳' })).not.toBe(first);
  });

  it('is what the API accepts: 1–200 visible ASCII characters', () => {
    const key = actionKey(dialog, { note: '整改'.repeat(5000) });
    expect(key).toMatch(/^[\x21-\x7e]{1,200}$/);
  });
});
