import { demoCampaignDefinition } from '@firecase/api';
import type { CampaignDefinition, UnitDirectory } from '@firecase/domain';

export const UNITS: UnitDirectory = {
  departments: [
    { kind: 'department', code: 'planning_environment', name: '规环办' },
    { kind: 'department', code: 'emergency', name: '应急办' },
    { kind: 'department', code: 'economic_development', name: '经发办' },
    { kind: 'department', code: 'social_affairs', name: '社事办' },
  ],
  communities: [
    { kind: 'community', code: 'Taibai Community', name: '太白社区' },
    { kind: 'community', code: 'Gaosuntang Community', name: '高笋塘社区' },
  ],
};

/** An instant moved by whole years: 00:00 Beijing on 10 February stays 00:00 on 10 February. */
export function shiftYears(iso: string, years: number): string {
  const date = new Date(iso);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString();
}

/**
 * The seed's campaign (2023年今冬明春消防安全防范工作) with every date moved forward by whole years
 * until it starts after `now`: the time-skipping server's clock only runs forward from today.
 */
export function seedCampaignAhead(
  now: Date,
  code: string,
): { campaign: CampaignDefinition; years: number } {
  const seed = demoCampaignDefinition();
  const years = now.getUTCFullYear() - new Date(seed.startsAt).getUTCFullYear() + 1;
  const move = (iso: string) => shiftYears(iso, years);
  return {
    years,
    campaign: {
      ...seed,
      code,
      startsAt: move(seed.startsAt),
      endsAt: move(seed.endsAt),
      definedAt: now.toISOString(),
      keyPeriods: seed.keyPeriods.map((p) => ({
        ...p,
        startsAt: move(p.startsAt),
        endsAt: move(p.endsAt),
      })),
    },
  };
}

/** A Beijing wall-clock time in the shifted campaign's years. */
export function beijingIn(years: number, local: string): string {
  return shiftYears(new Date(`${local}+08:00`).toISOString(), years);
}
