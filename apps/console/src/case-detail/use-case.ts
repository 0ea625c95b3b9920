import { api, ok } from '../api/client';
import type { CaseView, NoticeSummaries } from '../api/types';
import { useLoad } from '../shared/use-load';

export function useCase(caseNumber: string) {
  return useLoad(
    () => ok<CaseView>(api.GET('/cases/{caseNumber}', { params: { path: { caseNumber } } })),
    caseNumber,
  );
}

export function useNotices(caseNumber: string, revision: number | undefined) {
  return useLoad(
    () =>
      ok<NoticeSummaries>(
        api.GET('/cases/{caseNumber}/notices', { params: { path: { caseNumber } } }),
      ),
    `${caseNumber}@${revision}`,
  );
}

export async function noticePdf(noticeNo: string): Promise<Blob> {
  const { data, response } = await api.GET('/notices/{noticeNo}.pdf', {
    params: { path: { noticeNo } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new Error(`notice ${noticeNo}: ${response.status}`);
  return data;
}
