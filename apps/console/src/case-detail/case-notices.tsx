import { Button, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { NoticeSummaries } from '../api/types';
import { beijingTime } from '../shared/beijing-time';
import { PdfPreview } from './pdf-preview';
import { noticePdf } from './use-case';

/** 整改通知书: every numbered document of the case, previewed in the page or downloaded. */
export function CaseNotices({ notices }: { readonly notices: NoticeSummaries }) {
  const [preview, setPreview] = useState<{ noticeNo: string; pdf: Blob }>();
  const [busy, setBusy] = useState<string>();

  const open = async (noticeNo: string, download: boolean) => {
    setBusy(noticeNo);
    try {
      const pdf = await noticePdf(noticeNo);
      if (download) {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(pdf);
        link.download = `${noticeNo}.pdf`;
        link.click();
      } else setPreview({ noticeNo, pdf });
    } finally {
      setBusy(undefined);
    }
  };

  if (notices.length === 0)
    return <Typography.Text type="secondary">尚未下达整改通知书</Typography.Text>;
  return (
    <>
      <List
        dataSource={[...notices]}
        renderItem={(notice) => (
          <List.Item
            actions={[
              <Button
                key="view"
                type="link"
                loading={busy === notice.noticeNo}
                onClick={() => void open(notice.noticeNo, false)}
              >
                预览
              </Button>,
              <Button key="download" type="link" onClick={() => void open(notice.noticeNo, true)}>
                下载
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={notice.noticeNo}
              description={`下达于 ${beijingTime(notice.issuedAt)}${notice.replacesNoticeNo ? `，替换 ${notice.replacesNoticeNo}` : ''}`}
            />
          </List.Item>
        )}
      />
      <Modal
        open={preview !== undefined}
        title={preview?.noticeNo}
        footer={null}
        width={860}
        onCancel={() => setPreview(undefined)}
        destroyOnHidden
      >
        {preview && <PdfPreview pdf={preview.pdf} />}
      </Modal>
    </>
  );
}
