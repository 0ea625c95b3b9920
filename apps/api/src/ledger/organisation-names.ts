import type { CommunityRecord } from '@firecase/persistence';
import type { OrganisationNames } from './office-ledger.layout';

/**
 * The organisation's communities (村/社区) and grids (网格) both ways: a case stores codes, the
 * office writes names. A code the organisation does not know (a case registered before its
 * community was entered) is shown as it is.
 */
export function organisationNames(
  communities: readonly CommunityRecord[],
): OrganisationNames & OrganisationLookup {
  const byCode = new Map(communities.map((community) => [community.code, community]));
  const byText = new Map<string, CommunityRecord>();
  // Codes first, then names: a name never hides another community's code.
  for (const community of communities) byText.set(normalise(community.code), community);
  for (const community of communities) {
    if (!byText.has(normalise(community.name))) byText.set(normalise(community.name), community);
  }
  return {
    community: (code) => byCode.get(code)?.name ?? code,
    grid: (community, grid) =>
      byCode.get(community)?.grids.find((g) => g.code === grid)?.name ?? grid,
    findCommunity: (text) => byText.get(normalise(text)),
    findGrid: (community, text) => {
      const wanted = normalise(text);
      return (
        community.grids.find((grid) => normalise(grid.code) === wanted) ??
        community.grids.find((grid) => normalise(grid.name) === wanted)
      );
    },
  };
}

export interface OrganisationLookup {
  /** The community a cell names, by its code or its name. */
  findCommunity(text: string): CommunityRecord | undefined;
  /** The grid of `community` a cell names, by its code or its name. */
  findGrid(community: CommunityRecord, text: string): CommunityRecord['grids'][number] | undefined;
}

/** Full-width forms folded (（）→ ()), spaces dropped, Latin letters in lower case. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
