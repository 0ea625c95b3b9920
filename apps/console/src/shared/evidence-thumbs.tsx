import { Image, Space } from 'antd';
import { useEffect, useState } from 'react';
import { evidenceObjectUrl } from './evidence';

/** Thumbnails of evidence cited by a case; a click shows the photo large. */
export function EvidenceThumbs({ ids }: { readonly ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Space wrap size={4} className="evidence-thumbs">
        {ids.map((id) => (
          <EvidenceThumb key={id} id={id} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

function EvidenceThumb({ id }: { readonly id: string }) {
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    evidenceObjectUrl(id).then(setUrl, () => setFailed(true));
  }, [id]);
  if (failed) return <span className="evidence-missing">证据不可用</span>;
  return <Image src={url} width={64} height={64} alt="证据照片" className="evidence-thumb" />;
}
