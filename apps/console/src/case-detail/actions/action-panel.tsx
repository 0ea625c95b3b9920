import type { CaseCommandType } from '@firecase/domain';
import { Alert, App, Button, Card, Form, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { showFieldErrors } from '../../api/field-errors';
import { CASE_ACTION_LABELS } from '../../shared/labels';
import { ACTION_FIELDS, type ActionContext } from './action-fields';
import { actionKey } from './action-key';
import { type ActionValues, sendAction } from './action-send';

const DANGEROUS: readonly CaseCommandType[] = ['voidCase', 'rejectExtension'];

interface Props {
  readonly caseNumber: string;
  readonly actions: readonly CaseCommandType[];
  readonly context: ActionContext;
  readonly onDone: () => void;
}

/** The actions the user may take now, each a short form in a dialog. */
export function ActionPanel({ caseNumber, actions, context, onDone }: Props) {
  const [open, setOpen] = useState<CaseCommandType>();
  const [dialog, setDialog] = useState('');
  const [form] = Form.useForm<ActionValues>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const shown = actions.filter((a) => ACTION_FIELDS[a]);

  const close = () => {
    setOpen(undefined);
    setError(undefined);
    form.resetFields();
  };

  const submit = async (values: ActionValues) => {
    if (!open) return;
    setBusy(true);
    setError(undefined);
    try {
      await sendAction(caseNumber, open, values, actionKey(dialog, values));
      message.success(`${CASE_ACTION_LABELS[open]}：已完成`);
      close();
      onDone();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.length) {
        showFieldErrors(form, caught, (path) => [
          String(path[0] === 'evidence' ? 'photos' : path[0]),
        ]);
      }
      setError(caught instanceof ApiError ? caught.userMessage : '操作失败，请重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="办理" className="action-panel" size="small">
      {shown.length === 0 ? (
        <Typography.Text type="secondary">您目前没有可办理的事项</Typography.Text>
      ) : (
        <Space wrap>
          {shown.map((action) => (
            <Button
              key={action}
              type={DANGEROUS.includes(action) ? 'default' : 'primary'}
              danger={DANGEROUS.includes(action)}
              onClick={() => {
                setDialog(crypto.randomUUID());
                setOpen(action);
              }}
            >
              {CASE_ACTION_LABELS[action]}
            </Button>
          ))}
        </Space>
      )}
      <Modal
        open={open !== undefined}
        title={open ? CASE_ACTION_LABELS[open] : ''}
        onCancel={close}
        footer={null}
        destroyOnHidden
        width={560}
      >
        {open && (
          <Form<ActionValues> form={form} layout="vertical" onFinish={submit} preserve={false}>
            {ACTION_FIELDS[open]?.(context)}
            {error && (
              <Alert type="error" showIcon message={error} role="alert" className="form-error" />
            )}
            <Space className="form-buttons">
              <Button onClick={close}>取消</Button>
              <Button
                type="primary"
                htmlType="submit"
                loading={busy}
                danger={DANGEROUS.includes(open)}
              >
                确认{CASE_ACTION_LABELS[open]}
              </Button>
            </Space>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
