// The short form of each action: only what the API needs, labelled, with the antd zh-CN
// messages for required and too-long fields. Dates are Beijing time.
import type { CaseCommandType } from '@firecase/domain';
import { DatePicker, Form, Input, Switch } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { EvidenceUpload } from '../../shared/evidence-upload';
import { SERVICE_METHOD_OPTIONS } from '../../shared/labels';
import { beijingInstant } from '../../shared/beijing-time';
import { FormRadioGroup, FormSelect } from '../../shared/form-controls';
import { OfficerSelect } from './officer-select';

const required = { required: true, whitespace: true };
const max = (n: number) => ({ max: n });

const photos = (label = '照片（可选）') => (
  <Form.Item label={label} name="photos" initialValue={[]}>
    <EvidenceUpload label="拍照或选择照片" />
  </Form.Item>
);

const textArea = (name: string, label: string, limit: number, isRequired = true) => (
  <Form.Item label={label} name={name} rules={[...(isRequired ? [required] : []), max(limit)]}>
    <Input.TextArea rows={3} maxLength={limit} showCount />
  </Form.Item>
);

/** A Beijing date and time, given to the API as a +08:00 instant. */
const beijingTime = (
  name: string,
  label: string,
  options: { readonly extra?: string; readonly required?: boolean; readonly pastOnly?: boolean },
) => (
  <Form.Item
    label={label}
    name={name}
    extra={options.extra}
    rules={options.required ? [required] : undefined}
    getValueFromEvent={(value: dayjs.Dayjs | null) =>
      value ? beijingInstant(value.format('YYYY-MM-DD HH:mm')) : undefined
    }
    getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : undefined })}
  >
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      style={{ width: '100%' }}
      disabledDate={options.pastOnly ? (d) => d.isAfter(dayjs(), 'day') : undefined}
    />
  </Form.Item>
);

/** A past Beijing time, optional (a paper notice entered later). */
const pastTime = (name: string, label: string, extra: string) =>
  beijingTime(name, label, { extra, pastOnly: true });

const futureDate = (name: string, label: string) => (
  <Form.Item
    label={label}
    name={name}
    rules={[required]}
    getValueFromEvent={(value: dayjs.Dayjs | null) => value?.format('YYYY-MM-DD')}
    getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : undefined })}
  >
    <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
  </Form.Item>
);

/** What a form needs to know of the case beyond the action itself. */
export interface ActionContext {
  readonly department: string;
  /** The officer carrying the case now (承办人). */
  readonly currentOfficer: string;
}

export const ACTION_FIELDS: {
  readonly [K in CaseCommandType]?: (context: ActionContext) => ReactNode;
} = {
  issueNotice: () => (
    <>
      {textArea('requirements', '整改要求', 4000)}
      {pastTime('issuedAt', '下达时间（北京时间）', '补录纸质通知书时填写，默认为现在')}
    </>
  ),
  serveNotice: () => (
    <>
      <Form.Item label="送达方式" name="method" rules={[required]} initialValue="in_person">
        <FormSelect options={SERVICE_METHOD_OPTIONS} />
      </Form.Item>
      <Form.Item label="受送达人" name="recipient" rules={[required, max(200)]}>
        <Input />
      </Form.Item>
      {pastTime('servedAt', '送达时间（北京时间）', '默认为现在')}
      {photos('送达回证照片（可选）')}
    </>
  ),
  recordInterimMeasures: () => (
    <>
      <Form.Item label="临时防范措施（每行一项）" name="measures" rules={[required, max(4000)]}>
        <Input.TextArea rows={4} placeholder={'设置警示标志\n安排专人值守'} />
      </Form.Item>
      {photos()}
    </>
  ),
  recordPatrol: () => (
    <>
      <Form.Item label="措施是否落实" name="measuresInPlace" valuePropName="checked" initialValue>
        <Switch checkedChildren="已落实" unCheckedChildren="未落实" />
      </Form.Item>
      {textArea('note', '巡查情况（可选）', 1000, false)}
      {photos()}
    </>
  ),
  reportRectification: () => (
    <>
      {textArea('note', '整改情况', 2000)}
      {photos('整改后照片（可选）')}
    </>
  ),
  recordReinspection: () => (
    <>
      <Form.Item
        label="复查结论"
        name="passed"
        rules={[{ required: true, message: '请选择复查结论' }]}
      >
        <FormRadioGroup
          ariaLabel="复查结论"
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: '合格' },
            { value: false, label: '不合格' },
          ]}
        />
      </Form.Item>
      {textArea('findings', '复查情况', 2000)}
      {photos('复查照片（可选）')}
    </>
  ),
  requestExtension: () => textArea('reason', '延期理由', 1000),
  grantExtension: () => (
    <>
      {futureDate('newDeadlineDate', '新的整改期限')}
      {textArea('reason', '批准理由', 1000)}
    </>
  ),
  rejectExtension: () => textArea('reason', '驳回理由', 1000),
  scheduleInterview: () => (
    <>
      {beijingTime('at', '约谈时间（北京时间）', { required: true })}
      <Form.Item label="约谈地点" name="location" rules={[required, max(300)]}>
        <Input />
      </Form.Item>
      <Form.Item label="被约谈人" name="interviewee" rules={[required, max(200)]}>
        <Input />
      </Form.Item>
    </>
  ),
  recordInterview: () => (
    <>
      {textArea('summary', '约谈情况', 2000)}
      {futureDate('committedDate', '承诺整改完成日期')}
      {photos('约谈记录照片（可选）')}
    </>
  ),
  issueCriticism: () => (
    <>
      {textArea('summary', '通报内容', 2000)}
      {photos('通报文件（可选）')}
    </>
  ),
  referToEnforcement: () => (
    <>
      <Form.Item
        label="移交单位"
        name="agency"
        rules={[required, max(200)]}
        initialValue="综合执法大队"
      >
        <Input />
      </Form.Item>
      {textArea('summary', '移交说明', 2000)}
      {photos('移交文书（可选）')}
    </>
  ),
  closeCase: () => (
    <>
      {textArea('note', '销号说明', 2000)}
      {photos('销号照片（可选）')}
    </>
  ),
  voidCase: () => textArea('reason', '作废理由', 1000),
  reassignOfficer: ({ department, currentOfficer }) => (
    <>
      <OfficerSelect department={department} current={currentOfficer} />
      {textArea('reason', '变更理由', 1000)}
    </>
  ),
};
