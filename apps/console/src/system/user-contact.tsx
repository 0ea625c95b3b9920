import { App, Form, Input, Modal } from 'antd';
import { ApiError } from '../api/api-error';
import { api, ok } from '../api/client';
import { showFieldErrors } from '../api/field-errors';
import type { AdminUser } from '../api/types';

interface ContactValues {
  mobilePhone?: string;
  email?: string;
}

/** 联系方式: a user's mobile phone (SMS) and e-mail for notifications; empty clears one. */
export function UserContact(props: {
  readonly user?: AdminUser;
  readonly onClose: (changed: boolean) => void;
}) {
  const { user, onClose } = props;
  const [form] = Form.useForm<ContactValues>();
  const { message } = App.useApp();
  return (
    <Modal
      open={user !== undefined}
      title={user ? `联系方式：${user.displayName}` : ''}
      okText="保存"
      cancelText="取消"
      destroyOnHidden
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form<ContactValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ mobilePhone: user?.mobilePhone ?? '', email: user?.email ?? '' }}
        onFinish={async ({ mobilePhone, email }) => {
          if (!user) return;
          try {
            await ok(
              api.PUT('/admin/users/{id}/contact', {
                params: { path: { id: user.id } },
                body: { mobilePhone: mobilePhone?.trim() || null, email: email?.trim() || null },
              }),
            );
            message.success('联系方式已保存');
            onClose(true);
          } catch (caught) {
            if (caught instanceof ApiError) showFieldErrors(form, caught);
            else message.error('保存失败，请重试');
          }
        }}
      >
        <Form.Item
          label="手机号码"
          name="mobilePhone"
          rules={[{ pattern: /^1[3-9]\d{9}$/, message: '请填写 11 位手机号码，如 13812345678' }]}
        >
          <Input inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item
          label="电子邮箱"
          name="email"
          rules={[{ type: 'email', message: '请填写有效的电子邮箱' }, { max: 254 }]}
        >
          <Input inputMode="email" autoComplete="email" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
