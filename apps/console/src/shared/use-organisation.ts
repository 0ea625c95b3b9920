import { api, ok } from '../api/client';
import type { Organisation } from '../api/types';
import { useLoad } from './use-load';

let cached: Promise<Organisation> | undefined;

/** Departments, communities and grids, loaded once per page load. */
export function useOrganisation() {
  return useLoad(() => {
    cached ??= ok<Organisation>(api.GET('/organisation'));
    cached.catch(() => (cached = undefined));
    return cached;
  }, 'organisation');
}

export function communityName(organisation: Organisation | undefined, code: string): string {
  return organisation?.communities.find((c) => c.code === code)?.name ?? code;
}

export function gridName(
  organisation: Organisation | undefined,
  community: string,
  grid: string | null | undefined,
): string {
  if (!grid) return '—';
  const found = organisation?.communities
    .find((c) => c.code === community)
    ?.grids.find((g) => g.code === grid);
  return found ? found.name : grid;
}
