import { CameraOutlined } from '@ant-design/icons';
import { Alert, Button, Image, List, Space, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import type { EvidenceMetadata } from '../api/types';
import { ApiError } from '../api/api-error';
import { beijingTime } from './beijing-time';
import { uploadEvidence } from './evidence';

export interface UploadedPhoto {
  readonly metadata: EvidenceMetadata;
  readonly previewUrl: string;
}

interface Props {
  /** The visible label of the picker (every input has one). */
  readonly label: string;
  /** Given by Form.Item, so its label names the file input. */
  readonly id?: string;
  readonly value?: readonly UploadedPhoto[];
  readonly onChange?: (photos: UploadedPhoto[]) => void;
}

/**
 * Photos as evidence: the camera on a phone (`capture`), the file picker elsewhere. Each photo
 * is uploaded at once and shown with what the API read from it: EXIF time and GPS.
 */
export function EvidenceUpload({ label, id, value = [], onChange }: Props) {
  const ownId = useId();
  const inputId = id ?? ownId;
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const add = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setError(undefined);
    const added: UploadedPhoto[] = [];
    try {
      for (const file of Array.from(files)) {
        const metadata = await uploadEvidence(file);
        added.push({ metadata, previewUrl: URL.createObjectURL(file) });
      }
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 413
          ? '文件超过 10 MB'
          : caught instanceof ApiError && caught.status === 400
            ? '只能上传 JPEG、PNG、WebP 图片或 PDF 文件'
            : '上传失败，请重试',
      );
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
      if (added.length) onChange?.([...value, ...added]);
    }
  };

  return (
    <div className="evidence-upload">
      <input
        id={inputId}
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        onChange={(event) => void add(event.target.files)}
      />
      <Button icon={<CameraOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {label}
      </Button>
      {error && <Alert type="error" showIcon message={error} className="evidence-error" />}
      {value.length > 0 && (
        <List
          className="evidence-list"
          dataSource={[...value]}
          renderItem={(photo) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  type="link"
                  danger
                  onClick={() => onChange?.(value.filter((p) => p !== photo))}
                >
                  移除
                </Button>,
              ]}
            >
              <Space align="start">
                <Image
                  src={photo.previewUrl}
                  width={72}
                  height={72}
                  alt={photo.metadata.originalName}
                />
                <ExifFacts metadata={photo.metadata} />
              </Space>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

export function ExifFacts({ metadata }: { readonly metadata: EvidenceMetadata }) {
  const { takenAt, latitude, longitude } = metadata;
  return (
    <Typography.Text className="exif-facts">
      <span>{metadata.originalName}</span>
      <br />
      <span>拍摄时间：{takenAt ? beijingTime(takenAt) : '照片未记录'}</span>
      <br />
      <span>
        拍摄位置：
        {latitude !== null && longitude !== null
          ? `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`
          : '照片未记录'}
      </span>
    </Typography.Text>
  );
}
