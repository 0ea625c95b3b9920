import { PlusOutlined } from '@ant-design/icons';
import { ModalForm, ProFormList, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { App, Button, Card, Col, Row, Table, Tag } from 'antd';
import { api, ok } from '../api/client';
import type { Organisation, Schemas } from '../api/types';
import { DEPARTMENT_OPTIONS, departmentLabel } from '../shared/labels';
import { useLoad } from '../shared/use-load';

/** 组织机构: the departments set up, the communities and their grids. */
export default function OrganisationPage() {
  const organisation = useLoad(
    () => ok<Organisation>(api.GET('/organisation')),
    'organisation-admin',
  );
  const { message } = App.useApp();
  const data = organisation.data;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card
          title="科室"
          size="small"
          extra={
            <ModalForm<Schemas['CreateDepartmentDto']>
              title="启用科室"
              trigger={<Button icon={<PlusOutlined />}>启用科室</Button>}
              modalProps={{ destroyOnHidden: true }}
              onFinish={async (values) => {
                await ok<unknown>(api.POST('/admin/departments', { body: values }));
                message.success('已保存');
                organisation.reload();
                return true;
              }}
            >
              <ProFormSelect
                name="code"
                label="科室"
                options={DEPARTMENT_OPTIONS}
                rules={[{ required: true }]}
              />
              <ProFormText
                name="name"
                label="办公室使用的名称"
                rules={[{ required: true }, { max: 100 }]}
              />
            </ModalForm>
          }
        >
          <Table
            size="small"
            rowKey="code"
            loading={organisation.loading}
            pagination={false}
            dataSource={data?.departments ?? []}
            columns={[
              { title: '科室', render: (_, d) => departmentLabel(d.code) },
              { title: '名称', dataIndex: 'name' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card
          title="村（社区）与网格"
          size="small"
          extra={
            <ModalForm<{ code: string; name: string; grids: { code: string; name: string }[] }>
              title="新增村（社区）"
              trigger={<Button icon={<PlusOutlined />}>新增村（社区）</Button>}
              modalProps={{ destroyOnHidden: true }}
              onFinish={async (values) => {
                await ok<unknown>(
                  api.POST('/admin/communities', {
                    body: { ...values, grids: values.grids ?? [] },
                  }),
                );
                message.success('已保存');
                organisation.reload();
                return true;
              }}
            >
              <ProFormText name="name" label="名称" rules={[{ required: true }, { max: 100 }]} />
              <ProFormText name="code" label="编码" rules={[{ required: true }, { max: 100 }]} />
              <ProFormList
                name="grids"
                label="网格"
                creatorButtonProps={{ creatorButtonText: '添加网格' }}
              >
                <ProFormText
                  name="code"
                  label="网格编号"
                  rules={[{ required: true }, { max: 50 }]}
                />
                <ProFormText
                  name="name"
                  label="网格名称"
                  rules={[{ required: true }, { max: 100 }]}
                />
              </ProFormList>
            </ModalForm>
          }
        >
          <Table
            size="small"
            rowKey="code"
            loading={organisation.loading}
            pagination={false}
            dataSource={data?.communities ?? []}
            columns={[
              { title: '村（社区）', dataIndex: 'name' },
              { title: '编码', dataIndex: 'code' },
              {
                title: '网格',
                render: (_, c) =>
                  c.grids.map((g) => <Tag key={g.code}>{`${g.name}（${g.code}）`}</Tag>),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
