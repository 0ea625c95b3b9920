import { PlusOutlined } from '@ant-design/icons';
import { ModalForm, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { api, ok } from '../api/client';
import { showFieldErrors } from '../api/field-errors';
import type { AdminUser, Schemas } from '../api/types';
import { beijingTime } from '../shared/beijing-time';
import {
  DEPARTMENT_OPTIONS,
  departmentLabel,
  labelOf,
  ROLE_LABELS,
  ROLE_OPTIONS,
} from '../shared/labels';
import { communityName, useOrganisation } from '../shared/use-organisation';
import { useLoad } from '../shared/use-load';
import { UserContact } from './user-contact';

const MIN_PASSWORD = 12;

/**
 * 用户管理: create users, disable/enable them, reset passwords, phone and e-mail; role,
 * department, communities.
 */
export default function UsersPage() {
  const users = useLoad(() => ok<AdminUser[]>(api.GET('/admin/users')), 'users');
  const organisation = useOrganisation();
  const { message } = App.useApp();
  const [resetting, setResetting] = useState<AdminUser>();
  const [contact, setContact] = useState<AdminUser>();

  const setDisabled = async (user: AdminUser, disabled: boolean) => {
    const params = { params: { path: { id: user.id } } };
    await ok<AdminUser>(
      disabled
        ? api.POST('/admin/users/{id}/disable', params)
        : api.POST('/admin/users/{id}/enable', params),
    );
    message.success(
      disabled ? `已停用 ${user.displayName}，其登录立即失效` : `已启用 ${user.displayName}`,
    );
    users.reload();
  };

  return (
    <Card
      title="用户管理"
      size="small"
      extra={
        <CreateUser onCreated={users.reload} communities={organisation.data?.communities ?? []} />
      }
    >
      {users.error !== undefined && <Alert type="error" showIcon message="加载用户失败" />}
      <Table<AdminUser>
        size="small"
        rowKey="id"
        loading={users.loading}
        dataSource={users.data ?? []}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '姓名', dataIndex: 'displayName' },
          { title: '用户名', dataIndex: 'username' },
          { title: '角色', render: (_, u) => labelOf(ROLE_LABELS, u.role) },
          {
            title: '科室',
            render: (_, u) => (u.departmentCode ? departmentLabel(u.departmentCode) : '—'),
          },
          {
            title: '负责村（社区）',
            render: (_, u) =>
              u.communityCodes.map((c) => communityName(organisation.data, c)).join('、') || '—',
          },
          {
            title: '状态',
            render: (_, u) =>
              u.disabled ? <Tag color="default">已停用</Tag> : <Tag color="green">正常</Tag>,
          },
          {
            title: '联系方式',
            render: (_, u) => [u.mobilePhone, u.email].filter(Boolean).join(' · ') || '—',
          },
          { title: '创建时间', render: (_, u) => beijingTime(u.createdAt) },
          {
            title: '操作',
            render: (_, u) => (
              <Space size="small" wrap>
                {u.disabled ? (
                  <Button size="small" onClick={() => void setDisabled(u, false)}>
                    启用
                  </Button>
                ) : (
                  <Popconfirm
                    title={`停用 ${u.displayName}？其登录将立即失效。`}
                    okText="停用"
                    cancelText="取消"
                    onConfirm={() => setDisabled(u, true)}
                  >
                    <Button size="small" danger>
                      停用
                    </Button>
                  </Popconfirm>
                )}
                <Button size="small" onClick={() => setResetting(u)}>
                  重置密码
                </Button>
                <Button size="small" onClick={() => setContact(u)}>
                  联系方式
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ResetPassword user={resetting} onClose={() => setResetting(undefined)} />
      <UserContact
        user={contact}
        onClose={(changed) => {
          setContact(undefined);
          if (changed) users.reload();
        }}
      />
    </Card>
  );
}

type CreateValues = Schemas['CreateUserDto'];

function CreateUser({
  onCreated,
  communities,
}: {
  onCreated: () => void;
  communities: readonly { code: string; name: string }[];
}) {
  const [form] = Form.useForm<CreateValues>();
  const { message } = App.useApp();
  const role = Form.useWatch('role', form);
  const inDepartment = role === 'officer' || role === 'supervisor';
  return (
    <ModalForm<CreateValues>
      title="新建用户"
      form={form}
      trigger={
        <Button type="primary" icon={<PlusOutlined />}>
          新建用户
        </Button>
      }
      modalProps={{ destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '创建', resetText: '取消' } }}
      onFinish={async (values) => {
        try {
          await ok<AdminUser>(
            api.POST('/admin/users', {
              body: {
                ...values,
                departmentCode: inDepartment ? values.departmentCode : undefined,
                communityCodes: role === 'officer' ? (values.communityCodes ?? []) : [],
              },
            }),
          );
          message.success(`已创建用户 ${values.displayName}`);
          onCreated();
          return true;
        } catch (caught) {
          if (caught instanceof ApiError && caught.fields.length) showFieldErrors(form, caught);
          else if (caught instanceof ApiError && caught.status === 409)
            form.setFields([{ name: 'username', errors: ['该用户名已存在'] }]);
          else message.error(caught instanceof ApiError ? caught.userMessage : '创建失败');
          return false;
        }
      }}
    >
      <ProFormText name="displayName" label="姓名" rules={[{ required: true }, { max: 100 }]} />
      <ProFormText
        name="username"
        label="用户名"
        rules={[
          { required: true },
          { pattern: /^[a-z0-9._-]{3,64}$/, message: '3–64 位小写字母、数字或 . _ -' },
        ]}
      />
      <ProFormSelect name="role" label="角色" options={ROLE_OPTIONS} rules={[{ required: true }]} />
      {inDepartment && (
        <ProFormSelect
          name="departmentCode"
          label="科室"
          options={DEPARTMENT_OPTIONS}
          rules={[{ required: true }]}
        />
      )}
      {role === 'officer' && (
        <ProFormSelect
          name="communityCodes"
          label="负责村（社区）"
          mode="multiple"
          options={communities.map((c) => ({ value: c.code, label: c.name }))}
        />
      )}
      <ProFormText.Password
        name="password"
        label="初始密码"
        rules={[{ required: true }, { min: MIN_PASSWORD, message: `至少 ${MIN_PASSWORD} 位` }]}
        fieldProps={{ autoComplete: 'new-password' }}
      />
    </ModalForm>
  );
}

function ResetPassword({ user, onClose }: { user?: AdminUser; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const { message } = App.useApp();
  return (
    <Modal
      open={user !== undefined}
      title={user ? `重置 ${user.displayName} 的密码` : ''}
      okText="重置"
      cancelText="取消"
      destroyOnHidden
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async ({ password }) => {
          if (!user) return;
          await ok<AdminUser>(
            api.POST('/admin/users/{id}/password', {
              params: { path: { id: user.id } },
              body: { password },
            }),
          );
          message.success('密码已重置，该用户需重新登录');
          onClose();
        }}
      >
        <Form.Item
          label="新密码"
          name="password"
          rules={[{ required: true }, { min: MIN_PASSWORD, message: `至少 ${MIN_PASSWORD} 位` }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
