import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { api, ok } from '../api/client';
import type { SweepTask } from '../api/types';
import { beijingInstant, beijingNow } from '../shared/beijing-time';
import { CommandDialog, type CommandValues } from '../shared/command-dialog';
import { EvidenceUpload, type UploadedPhoto } from '../shared/evidence-upload';
import { labelOf, PLACE_TYPE_LABELS } from '../shared/labels';

interface Props {
  readonly campaignCode: string;
  readonly task: SweepTask | undefined;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

const required = { required: true, message: '请填写' };

/** 记录检查: when, what was found, and how many places of each type the task names. */
export function InspectionDialog({ campaignCode, task, onClose, onDone }: Props) {
  const send = (values: CommandValues) => {
    if (!task) throw new Error('no task');
    const counts = (values.places ?? {}) as Record<string, number | null>;
    return ok<unknown>(
      api.POST('/campaigns/{code}/tasks/{taskId}/inspection', {
        params: { path: { code: campaignCode, taskId: task.id } },
        body: {
          // Left empty: now, to the second (a time typed to the minute may fall before the
          // task opened).
          inspectedAt: values.inspectedAt
            ? beijingInstant((values.inspectedAt as dayjs.Dayjs).format('YYYY-MM-DD HH:mm'))
            : beijingNow(),
          findings: typeof values.findings === 'string' ? values.findings.trim() : '',
          placesInspected: task.placeTypes.map((placeType) => ({
            placeType,
            count: counts[placeType] ?? 0,
          })),
          evidence: ((values.photos ?? []) as UploadedPhoto[]).map((p) => ({
            evidenceId: p.metadata.evidenceId,
          })),
        },
      }),
    );
  };
  return (
    <CommandDialog
      title={task ? `记录检查 · ${task.unit.name}` : '记录检查'}
      open={task !== undefined}
      onClose={onClose}
      onDone={onDone}
      send={send}
      fields={
        task && (
          <>
            <Form.Item label="检查时间（不填为现在）" name="inspectedAt">
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
            {task.placeTypes.map((placeType) => (
              <Form.Item
                key={placeType}
                label={`检查${labelOf(PLACE_TYPE_LABELS, placeType)}（处）`}
                name={['places', placeType]}
                rules={[required]}
                initialValue={0}
              >
                <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            ))}
            <Form.Item label="检查情况" name="findings" rules={[required, { max: 2000 }]}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item label="照片（可选）" name="photos" initialValue={[]}>
              <EvidenceUpload label="拍照或选择照片" />
            </Form.Item>
          </>
        )
      }
    />
  );
}
