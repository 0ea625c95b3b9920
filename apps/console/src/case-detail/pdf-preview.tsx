import { Alert, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';

/**
 * A PDF drawn page by page with pdf.js (loaded only when a notice is opened), so the preview
 * works on phones, whose browsers do not show PDFs inline.
 */
export function PdfPreview({ pdf }: { readonly pdf: Blob }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'done' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const pdfjs = await import('pdfjs-dist');
      const { default: workerUrl } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      const document = await pdfjs.getDocument({
        data: new Uint8Array(await pdf.arrayBuffer()),
        isEvalSupported: false,
      }).promise;
      const target = container.current;
      if (!target || cancelled) return;
      target.replaceChildren();
      const width = Math.min(target.clientWidth || 600, 800);
      for (let n = 1; n <= document.numPages; n += 1) {
        const page = await document.getPage(n);
        const unscaled = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (width / unscaled.width) * devicePixelRatio });
        const canvas = window.document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.style.width = `${width}px`;
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `整改通知书第 ${n} 页`);
        target.append(canvas);
        await page.render({ canvas, viewport }).promise;
      }
      if (!cancelled) setState('done');
    })().catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
    };
  }, [pdf]);

  return (
    <div className="pdf-preview">
      {state === 'loading' && (
        <Spin tip="正在生成预览…">
          <div style={{ height: 120 }} />
        </Spin>
      )}
      {state === 'failed' && <Alert type="error" showIcon message="无法预览，请下载后查看" />}
      <div ref={container} className="pdf-pages" />
    </div>
  );
}
