import { Form } from 'antd';
import { api, ok } from '../../api/client';
import type { Schemas } from '../../api/types';
import { FormSelect } from '../../shared/form-controls';
import { useLoad } from '../../shared/use-load';

/** 新承办人: the enabled officers of the case's department other than the one carrying it. */
export function OfficerSelect(props: { readonly department: string; readonly current: string }) {
  const officers = useLoad(
    () =>
      ok<Schemas['OfficerView'][]>(
        api.GET('/organisation/officers', {
          params: { query: { department: props.department as never } },
        }),
      ),
    props.department,
  );
  const options = (officers.data ?? [])
    .filter((o) => o.id !== props.current)
    .map((o) => ({ value: o.id, label: o.displayName }));
  return (
    <Form.Item
      label="新承办人"
      name="officer"
      rules={[{ required: true, message: '请选择新承办人' }]}
    >
      <FormSelect
        options={options}
        loading={officers.loading}
        notFoundContent={officers.loading ? '正在加载…' : '本科室没有其他可接手的承办人员'}
        showSearch
        optionFilterProp="label"
        placeholder="选择本科室的承办人员"
      />
    </Form.Item>
  );
}
