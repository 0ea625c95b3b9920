import { SUPERVISION_COMMAND_ROLES, type Role } from '@firecase/domain';
import { Button, Card, DatePicker, Form, Input, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { api, ok } from '../api/client';
import type { SupervisionCase } from '../api/types';
import { beijingInstant } from '../shared/beijing-time';
import { CommandDialog, type CommandValues } from '../shared/command-dialog';

type Action = 'notice' | 'criticism' | 'schedule' | 'interviewed' | 'close';

const required = { required: true, message: '请填写' };
const text = (values: CommandValues, key: string) => {
  const value = values[key];
  return typeof value === 'string' ? value.trim() : '';
};
const instant = (value: unknown) =>
  beijingInstant((value as dayjs.Dayjs).format('YYYY-MM-DD HH:mm'));

const textArea = (name: string, label: string, limit = 2000) => (
  <Form.Item label={label} name={name} rules={[required, { max: limit }]}>
    <Input.TextArea rows={3} maxLength={limit} showCount />
  </Form.Item>
);
const time = (name: string, label: string, past: boolean, isRequired = true) => (
  <Form.Item label={label} name={name} rules={isRequired ? [required] : []}>
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      style={{ width: '100%' }}
      disabledDate={(d) => (past ? d.isAfter(dayjs(), 'day') : d.isBefore(dayjs(), 'day'))}
    />
  </Form.Item>
);

interface ActionForm {
  readonly label: string;
  readonly fields: ReactNode;
  readonly send: (number: string, values: CommandValues) => Promise<unknown>;
  readonly danger?: boolean;
}

/** Each rung's command as a short form: one typed call of the generated client. */
const FORMS: Readonly<Record<Action, ActionForm>> = {
  notice: {
    label: '下达督办通知',
    fields: textArea('summary', '督办要求'),
    send: (number, v) =>
      ok(
        api.POST('/supervision-cases/{number}/supervision-notice', {
          params: { path: { number } },
          body: { summary: text(v, 'summary') },
        }),
      ),
  },
  criticism: {
    label: '通报批评',
    fields: (
      <>
        {textArea('summary', '通报事由')}
        {textArea('requirements', '整改要求')}
      </>
    ),
    send: (number, v) =>
      ok(
        api.POST('/supervision-cases/{number}/criticism', {
          params: { path: { number } },
          body: { summary: text(v, 'summary'), requirements: text(v, 'requirements') },
        }),
      ),
  },
  schedule: {
    label: '安排约谈',
    fields: (
      <>
        {time('at', '约谈时间', false)}
        <Form.Item label="约谈地点" name="location" rules={[required, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="约谈对象（单位负责人）"
          name="interviewee"
          rules={[required, { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </>
    ),
    send: (number, v) =>
      ok(
        api.POST('/supervision-cases/{number}/interview', {
          params: { path: { number } },
          body: {
            at: instant(v.at),
            location: text(v, 'location'),
            interviewee: text(v, 'interviewee'),
          },
        }),
      ),
  },
  interviewed: {
    label: '记录约谈结果',
    fields: (
      <>
        {time('heldAt', '约谈时间（不填为现在）', true, false)}
        {textArea('outcome', '约谈情况')}
        <Form.Item label="承诺整改完成日期" name="committedDate" rules={[required]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </>
    ),
    send: (number, v) =>
      ok(
        api.POST('/supervision-cases/{number}/interview/outcome', {
          params: { path: { number } },
          body: {
            heldAt: v.heldAt ? instant(v.heldAt) : undefined,
            outcome: text(v, 'outcome'),
            committedDate: (v.committedDate as dayjs.Dayjs).format('YYYY-MM-DD'),
          },
        }),
      ),
  },
  close: {
    label: '督办销号',
    danger: true,
    fields: textArea('reason', '销号理由', 500),
    send: (number, v) =>
      ok(
        api.POST('/supervision-cases/{number}/closure', {
          params: { path: { number } },
          body: { reason: text(v, 'reason') },
        }),
      ),
  },
};

/** What the case's current rung lets a supervisor do now (the domain's rules, by rung). */
export function availableActions(record: SupervisionCase, role: Role): Action[] {
  if (record.status !== 'open') return [];
  if (!SUPERVISION_COMMAND_ROLES.closeSupervision.includes(role)) return [];
  const rung = record.state.rungs.at(-1);
  const actions: Action[] = [];
  if (rung?.kind === 'supervision_notice' && !rung.issued) actions.push('notice');
  if (rung?.kind === 'criticism' && !rung.issued) actions.push('criticism');
  if (rung?.kind === 'interview' && !rung.held) {
    actions.push(rung.scheduled ? 'interviewed' : 'schedule');
  }
  return [...actions, 'close'];
}

interface Props {
  readonly record: SupervisionCase;
  readonly role: Role;
  readonly onDone: () => void;
}

export function SupervisionActions({ record, role, onDone }: Props) {
  const [open, setOpen] = useState<Action>();
  const actions = availableActions(record, role);
  const form = open ? FORMS[open] : undefined;
  return (
    <Card title="办理" size="small" className="action-panel">
      {actions.length === 0 ? (
        <Typography.Text type="secondary">您目前没有可办理的事项</Typography.Text>
      ) : (
        <Space wrap>
          {actions.map((action) => (
            <Button
              key={action}
              type={FORMS[action].danger ? 'default' : 'primary'}
              danger={FORMS[action].danger}
              onClick={() => setOpen(action)}
            >
              {FORMS[action].label}
            </Button>
          ))}
        </Space>
      )}
      <CommandDialog
        title={form?.label ?? ''}
        open={open !== undefined}
        onClose={() => setOpen(undefined)}
        onDone={onDone}
        danger={form?.danger}
        fields={form?.fields}
        send={(values) => form!.send(record.number, values)}
      />
    </Card>
  );
}
