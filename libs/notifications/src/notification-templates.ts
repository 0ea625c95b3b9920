import templates from './notification-templates.json';

export interface SmsTemplate {
  /** The text approved with the provider, without the signature. */
  readonly text: string;
  /** Aliyun template code (模板CODE). */
  readonly aliyun: string;
  /** Tencent Cloud template id. */
  readonly tencent: string;
  /** Tencent's template parameters are positional: the named parameters in that order. */
  readonly params: readonly string[];
}

export interface NotificationTemplate {
  readonly title: string;
  readonly text: string;
  readonly sms?: SmsTemplate;
}

/**
 * Every named parameter a template may use. Case notifications fill the first six from the case;
 * the rest come from the notification's own params.
 */
export const TEMPLATE_PARAMETERS = [
  'caseNumber',
  'address',
  'hazard',
  'deadline', // Beijing time, YYYY-MM-DD HH:mm
  'office', // the responsible department (责任科室)
  'party',
  'recipient',
  'reason',
  'findings',
  'interviewAt',
  'interviewee',
  'location',
  'rung',
  'date',
  'dueTodayCount',
  'overdueCount',
  'waitingCount',
  'items',
  'campaign', // a campaign's name (专项行动)
  'message', // the Chinese text of a notification about no case (campaigns, 督办, reports)
  'period', // a campaign's key period (重点时段), e.g. 春节
  'unit', // the unit a supervision case (督办) is about, e.g. 太白社区
  'supervision', // its number, DB-YYYY-NNNN
  'report', // 周报 or 月报
] as const;
export type TemplateParameter = (typeof TEMPLATE_PARAMETERS)[number];
export type TemplateParams = Partial<Record<TemplateParameter, string>>;

const TEMPLATES: Readonly<Record<string, NotificationTemplate>> = Object.fromEntries(
  Object.entries(templates).filter(([kind]) => kind !== '$comment'),
) as Record<string, NotificationTemplate>;

/** Every kind that has a template. */
export const TEMPLATE_KINDS: readonly string[] = Object.keys(TEMPLATES);

export function templateOf(kind: string): NotificationTemplate | undefined {
  return TEMPLATES[kind];
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The parameter names a text uses. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** Fills a text; a parameter the notification does not carry reads as "—", never as "{name}". */
export function fill(text: string, params: TemplateParams): string {
  return text.replace(PLACEHOLDER, (_, name: string) => params[name as TemplateParameter] ?? '—');
}

export interface RenderedNotification {
  readonly title: string;
  readonly text: string;
  /** What the phone shows: 【signature】 and the approved SMS text, when the kind has one. */
  readonly sms?: {
    readonly text: string;
    readonly aliyun: string;
    readonly tencent: string;
    readonly params: Readonly<Record<string, string>>;
    readonly positional: readonly string[];
  };
}

export function renderNotification(
  kind: string,
  params: TemplateParams,
  smsSignName: string,
): RenderedNotification | undefined {
  const template = templateOf(kind);
  if (!template) return undefined;
  const sms = template.sms;
  return {
    title: fill(template.title, params),
    text: fill(template.text, params),
    sms: sms && {
      text: `【${smsSignName}】${fill(sms.text, params)}`,
      aliyun: sms.aliyun,
      tencent: sms.tencent,
      params: Object.fromEntries(
        placeholdersOf(sms.text).map((name) => [name, fill(`{${name}}`, params)]),
      ),
      positional: sms.params.map((name) => fill(`{${name}}`, params)),
    },
  };
}
