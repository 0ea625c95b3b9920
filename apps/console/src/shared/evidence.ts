import { api, ok } from '../api/client';
import type { EvidenceMetadata } from '../api/types';

/** Uploads one photo or document; the API answers with its id, hash and EXIF time and GPS. */
export function uploadEvidence(file: File): Promise<EvidenceMetadata> {
  const form = new FormData();
  form.append('file', file);
  return ok<EvidenceMetadata>(
    api.POST('/evidence', {
      // multipart/form-data: the FormData goes out as it is, not as JSON
      body: form as unknown as { file: string },
      bodySerializer: () => form,
    }),
  );
}

const objectUrls = new Map<string, Promise<string>>();

/** A blob: URL of an evidence file (fetched with the token; kept for the page's life). */
export function evidenceObjectUrl(evidenceId: string): Promise<string> {
  let url = objectUrls.get(evidenceId);
  if (!url) {
    url = api
      .GET('/evidence/{id}', { params: { path: { id: evidenceId } }, parseAs: 'blob' })
      .then(({ data, response }) => {
        if (!response.ok || !data) throw new Error(`evidence ${evidenceId}: ${response.status}`);
        return URL.createObjectURL(data);
      });
    url.catch(() => objectUrls.delete(evidenceId));
    objectUrls.set(evidenceId, url);
  }
  return url;
}

export function evidenceMetadata(evidenceId: string): Promise<EvidenceMetadata> {
  return ok<EvidenceMetadata>(
    api.GET('/evidence/{id}/metadata', { params: { path: { id: evidenceId } } }),
  );
}
