import { Alert, App, Button, Form, Modal, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../api/api-error';
import { showFieldErrors } from '../api/field-errors';

export type CommandValues = Record<string, unknown>;

interface Props {
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  /** The form's inputs, each a labelled Form.Item. */
  readonly fields: ReactNode;
  /** Sends the command (one call of the generated client); throws ApiError when refused. */
  readonly send: (values: CommandValues) => Promise<unknown>;
  readonly onDone: () => void;
  readonly submitLabel?: string;
  readonly danger?: boolean;
}

/**
 * One short form in a dialog for one command (专项行动, 督导考核): the API's refusal is shown in
 * Chinese, each bad field under its input; nothing typed is lost.
 */
export function CommandDialog(props: Props) {
  const { title, open, onClose, fields, send, onDone, submitLabel = '提交', danger } = props;
  const [form] = Form.useForm<CommandValues>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const close = () => {
    setError(undefined);
    form.resetFields();
    onClose();
  };
  const submit = async (values: CommandValues) => {
    setBusy(true);
    setError(undefined);
    try {
      await send(values);
      message.success(`${title}：已完成`);
      close();
      onDone();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.length) showFieldErrors(form, caught);
      setError(caught instanceof ApiError ? caught.userMessage : '操作失败，请重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={title} onCancel={close} footer={null} destroyOnHidden width={560}>
      <Form<CommandValues> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        {fields}
        {error && <Alert type="error" showIcon message={error} className="command-error" />}
        <Space className="command-buttons">
          <Button type="primary" danger={danger} htmlType="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button onClick={close}>取消</Button>
        </Space>
      </Form>
    </Modal>
  );
}

/** Saves a downloaded file (a PDF or XLSX the API made) under its Chinese name. */
export function saveFile(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
