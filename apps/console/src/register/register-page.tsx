import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { api, ok } from '../api/client';
import { showFieldErrors } from '../api/field-errors';
import type { OpenedCase, Schemas } from '../api/types';
import { ROUTES } from '../app/navigation';
import { useProfile } from '../auth/profile-context';
import { beijingInstant } from '../shared/beijing-time';
import { EvidenceUpload, type UploadedPhoto } from '../shared/evidence-upload';
import {
  CATEGORY_OPTIONS,
  DEPARTMENT_OPTIONS,
  hazardTypeOptions,
  SEVERITY_OPTIONS,
} from '../shared/labels';
import { useOrganisation } from '../shared/use-organisation';
import { CAMPAIGN_CATEGORIES, findHazardType } from '@firecase/domain';
import { FormRadioGroup, FormSelect } from '../shared/form-controls';

type OpenCaseBody = Schemas['OpenCaseDto'];

interface RegisterValues {
  category: OpenCaseBody['category'];
  hazardType: OpenCaseBody['hazardType'];
  severity: OpenCaseBody['severity'];
  department: OpenCaseBody['department'];
  community: string;
  grid?: string;
  building?: string;
  address: string;
  latitude?: number;
  longitude?: number;
  description: string;
  partyName: string;
  contactPerson?: string;
  phone?: string;
  head?: string;
  discoveredAt: Dayjs;
  photos: UploadedPhoto[];
  fixedOnSpot: boolean;
  fixNote?: string;
  fixPhotos: UploadedPhoto[];
}

/** 登记隐患: the hazard catalogue drives category and type; 当场整改 closes the case at once. */
export default function RegisterPage() {
  const [form] = Form.useForm<RegisterValues>();
  const profile = useProfile();
  const organisation = useOrganisation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // One key per form: a retry after a lost answer opens the same case, not a second one.
  const idempotencyKey = useRef(crypto.randomUUID());

  const category = Form.useWatch('category', form);
  const community = Form.useWatch('community', form);
  const fixedOnSpot = Form.useWatch('fixedOnSpot', form);
  const grids = useMemo(
    () => organisation.data?.communities.find((c) => c.code === community)?.grids ?? [],
    [organisation.data, community],
  );

  const onValuesChange = (changed: Partial<RegisterValues>) => {
    if (changed.category) {
      form.setFieldsValue({
        hazardType: undefined,
        department:
          CAMPAIGN_CATEGORIES.find((c) => c.code === changed.category)?.leadDepartment ??
          (form.getFieldValue('department') as RegisterValues['department']),
      });
    }
    if (changed.hazardType) {
      const type = findHazardType(changed.hazardType);
      if (type) {
        form.setFieldsValue({
          severity: type.typicalSeverity,
          ...(type.leadDepartment ? { department: type.leadDepartment } : {}),
        });
      }
    }
    if (changed.community) form.setFieldsValue({ grid: undefined });
  };

  const submit = async (values: RegisterValues) => {
    setBusy(true);
    setError(undefined);
    const evidenceOf = (photos: UploadedPhoto[] = []) =>
      photos.map((p) => ({ evidenceId: p.metadata.evidenceId }));
    try {
      const opened = await ok<OpenedCase>(
        api.POST('/cases', {
          params: { header: { 'Idempotency-Key': idempotencyKey.current } },
          body: {
            category: values.category,
            hazardType: values.hazardType,
            severity: values.severity,
            department: values.department,
            description: values.description,
            discoveredAt: beijingInstant(values.discoveredAt.format('YYYY-MM-DD HH:mm')),
            location: {
              community: values.community,
              grid: values.grid || undefined,
              building: values.building || undefined,
              address: values.address,
              coordinates:
                values.latitude !== undefined && values.longitude !== undefined
                  ? { latitude: values.latitude, longitude: values.longitude }
                  : undefined,
            },
            responsibleParty: {
              name: values.partyName,
              contactPerson: values.contactPerson || undefined,
              phone: values.phone || undefined,
              head: values.head || undefined,
            },
            evidence: evidenceOf(values.photos),
            fixedOnSpot: values.fixedOnSpot
              ? { evidence: evidenceOf(values.fixPhotos), note: values.fixNote || undefined }
              : undefined,
          },
        }),
      );
      message.success(
        values.fixedOnSpot
          ? `已登记并当场整改销号：${opened.caseNumber}`
          : `已登记：${opened.caseNumber}`,
      );
      void navigate(ROUTES.case(opened.caseNumber));
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.length) {
        showFieldErrors(form, caught, toFormName);
        setError('填写的内容有误，请检查标红的字段');
      } else {
        setError(caught instanceof ApiError ? caught.userMessage : '登记失败，请重试');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="page-card" title={<Typography.Title level={4}>登记隐患</Typography.Title>}>
      <Form<RegisterValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={onValuesChange}
        scrollToFirstError
        initialValues={{
          severity: 'general',
          department: profile.departmentCode ?? undefined,
          community: profile.communityCodes[0],
          discoveredAt: dayjs(),
          photos: [],
          fixedOnSpot: false,
          fixPhotos: [],
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="专项整治类别" name="category" rules={[choose('专项整治类别')]}>
              <FormSelect
                options={CATEGORY_OPTIONS}
                placeholder="请选择类别"
                showSearch
                optionFilterProp="label"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="隐患类型" name="hazardType" rules={[choose('隐患类型')]}>
              <FormSelect
                options={hazardTypeOptions(category)}
                placeholder={category ? '请选择隐患类型' : '请先选择类别'}
                disabled={!category}
                showSearch
                optionFilterProp="label"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="隐患等级" name="severity" rules={[{ required: true }]}>
              <FormRadioGroup
                ariaLabel="隐患等级"
                options={SEVERITY_OPTIONS}
                optionType="button"
                buttonStyle="solid"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="责任科室" name="department" rules={[choose('责任科室')]}>
              <FormSelect options={DEPARTMENT_OPTIONS} placeholder="请选择责任科室" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="所属村（社区）" name="community" rules={[choose('所属村（社区）')]}>
              <FormSelect
                loading={organisation.loading}
                options={organisation.data?.communities.map((c) => ({
                  value: c.code,
                  label: c.name,
                }))}
                placeholder="请选择村（社区）"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="网格" name="grid">
              <FormSelect
                allowClear
                options={grids.map((g) => ({ value: g.code, label: `${g.name}（${g.code}）` }))}
                placeholder="请选择网格"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="场所/建筑" name="building" rules={[{ max: 200 }]}>
              <Input placeholder="如：3 栋 2 单元" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="详细地址" name="address" rules={[fill('详细地址'), { max: 300 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="纬度（可选）" name="latitude">
              <InputNumber min={-90} max={90} step={0.00001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="经度（可选）" name="longitude">
              <InputNumber min={-180} max={180} step={0.00001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="发现时间（北京时间）"
              name="discoveredAt"
              rules={[{ required: true }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label="隐患描述"
              name="description"
              rules={[fill('隐患描述'), { max: 2000 }]}
            >
              <Input.TextArea rows={3} showCount maxLength={2000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="责任单位" name="partyName" rules={[fill('责任单位'), { max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="单位负责人" name="head" rules={[{ max: 100 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item label="联系人" name="contactPerson" rules={[{ max: 100 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item label="联系电话" name="phone" rules={[{ max: 50 }]}>
              <Input inputMode="tel" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="现场照片" name="photos">
              <EvidenceUpload label="拍照或选择照片" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label="当场整改"
              name="fixedOnSpot"
              valuePropName="checked"
              extra="隐患已当场整改完毕，登记后立即销号"
            >
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          {fixedOnSpot && (
            <>
              <Col span={24}>
                <Form.Item
                  label="整改后照片"
                  name="fixPhotos"
                  rules={[
                    { required: true, type: 'array', min: 1, message: '当场整改须上传整改后照片' },
                  ]}
                >
                  <EvidenceUpload label="拍摄整改后照片" />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item label="整改说明" name="fixNote" rules={[{ max: 1000 }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
        {error && (
          <Alert type="error" showIcon message={error} role="alert" className="form-error" />
        )}
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          {fixedOnSpot ? '登记并销号' : '提交登记'}
        </Button>
      </Form>
    </Card>
  );
}

/** A text the API will not take blank: spaces alone count as empty. */
const fill = (label: string) => ({ required: true, whitespace: true, message: `请填写${label}` });
const choose = (label: string) => ({ required: true, message: `请选择${label}` });

/** The API's field names (location.address) are the form's flat ones (address). */
function toFormName(path: (string | number)[]): (string | number)[] {
  const [head, ...rest] = path;
  if (head === 'location' && rest[0] === 'coordinates') return [String(rest[1] ?? 'latitude')];
  if (head === 'location') return rest.length ? rest : ['address'];
  if (head === 'responsibleParty') {
    const field = String(rest[0] ?? 'name');
    return [field === 'name' ? 'partyName' : field];
  }
  if (head === 'evidence') return ['photos'];
  if (head === 'fixedOnSpot') return rest[0] === 'note' ? ['fixNote'] : ['fixPhotos'];
  return path;
}
