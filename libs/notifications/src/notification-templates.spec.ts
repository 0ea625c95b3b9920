import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  placeholdersOf,
  renderNotification,
  TEMPLATE_KINDS,
  TEMPLATE_PARAMETERS,
  templateOf,
} from './notification-templates';
import { DEFAULT_NOTIFICATION_POLICY } from './notification-policy';

const REPO = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every kind the domain (and any workflow) raises: each `notify({ … kind: '…' })` in the code. */
function kindsRaisedInCode(): string[] {
  const kinds = new Set<string>();
  for (const root of ['libs/domain/src', 'workflows/src']) {
    for (const file of sourceFiles(join(REPO, root))) {
      const source = readFileSync(file, 'utf8');
      for (const call of source.matchAll(/notify\(\{([\s\S]*?)\}\)/g)) {
        const kind = /kind:\s*'([a-z_]+)'/.exec(call[1]);
        if (kind) kinds.add(kind[1]);
      }
    }
  }
  return [...kinds].sort();
}

/** Kinds announced for the domain and not all raised yet; their templates must be ready. */
const ANNOUNCED_KINDS = [
  'notice_due',
  'notice_overdue',
  'follow_up',
  'officer_reassigned',
  'calendar_deadline_on_holiday',
];

describe('notification templates', () => {
  const raised = kindsRaisedInCode();

  it('finds the kinds the domain raises (the scan itself works)', () => {
    expect(raised).toEqual(expect.arrayContaining(['notice_served', 'case_overdue']));
    expect(raised.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...new Set([...raised, ...ANNOUNCED_KINDS])])('has a zh-CN template for %s', (kind) => {
    expect(templateOf(kind)).toBeDefined();
  });

  it.each(TEMPLATE_KINDS)('%s uses only known parameters and Chinese text', (kind) => {
    const template = templateOf(kind)!;
    const texts = [template.title, template.text, template.sms?.text ?? ''];
    for (const text of texts) {
      for (const name of placeholdersOf(text)) expect(TEMPLATE_PARAMETERS).toContain(name);
    }
    expect(template.text).toMatch(/[\u4e00-\u9fff]/);
    if (template.sms) {
      // Tencent's positional parameters are exactly the SMS text's named ones.
      expect([...template.sms.params].sort()).toEqual(
        [...new Set(placeholdersOf(template.sms.text))].sort(),
      );
    }
  });

  it('gives every kind the policy sends by SMS to staff an SMS template', () => {
    for (const kind of DEFAULT_NOTIFICATION_POLICY.staffSmsKinds) {
      expect(templateOf(kind)?.sms).toBeDefined();
    }
  });

  it("renders the office's example text with the signature", () => {
    const rendered = renderNotification(
      'notice_served',
      { address: '开元路12号', hazard: '电动自行车楼道停放', deadline: '2026-12-08 23:59' },
      '太白街道',
    )!;
    expect(rendered.sms!.text).toBe(
      '【太白街道】您单位位于开元路12号的消防安全隐患（电动自行车楼道停放）整改期限为2026-12-08 23:59，请按期整改。',
    );
    expect(rendered.sms!.params).toEqual({
      address: '开元路12号',
      hazard: '电动自行车楼道停放',
      deadline: '2026-12-08 23:59',
    });
    expect(rendered.sms!.positional).toEqual([
      '开元路12号',
      '电动自行车楼道停放',
      '2026-12-08 23:59',
    ]);
  });

  it('writes a missing parameter as a dash, never as its placeholder', () => {
    expect(renderNotification('notice_served', {}, '太白街道')!.text).not.toMatch(/\{/);
  });
});
