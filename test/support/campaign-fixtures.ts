import { demoCampaignDefinition } from '@firecase/api';
import {
  type CampaignDefinition,
  type Unit,
  type UnitDirectory,
  type UnitFigures,
  unitKey,
  type UnitRef,
  type UnitSupervisionState,
} from '@firecase/domain';

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

/** Figures of a unit with nothing to report, changed by `overrides`. */
export function figuresOf(
  unit: Unit,
  campaignCode: string,
  asOf: string,
  overrides: Partial<Omit<UnitFigures, 'unit' | 'campaignCode' | 'asOf'>> = {},
): UnitFigures {
  return {
    unit,
    campaignCode,
    asOf,
    found: 0,
    rectified: 0,
    overdue: 0,
    rectificationRate: null,
    medianDaysToFix: null,
    pastInterviewRung: 0,
    longestOverdueDays: 0,
    sweepTasks: { total: 0, done: 0, undonePastDue: 0 },
    ...overrides,
  };
}

/**
 * In-memory stand-ins for the repositories the campaign and supervision activities read, so
 * workflow tests run the real activities without a database: units' figures are set by the test.
 */
export function fakeCampaignRepositories() {
  const lagging = new Map<string, Partial<UnitFigures>>();
  const numbers = new Map<string, string>();
  const supervisions = new Map<string, UnitSupervisionState>();
  const all = (): Unit[] => [...UNITS.departments, ...UNITS.communities];
  return {
    /** Sets what a unit's figures say from now on. */
    setFigures(unit: Unit, overrides: Partial<UnitFigures>) {
      lagging.set(unitKey(unit), overrides);
    },
    supervisionStates: supervisions,
    figures: {
      figures: async (campaignCode: string, asOf: string, unit?: UnitRef) =>
        all()
          .filter((u) => !unit || unitKey(u) === unitKey(unit))
          .map((u) => figuresOf(u, campaignCode, asOf, lagging.get(unitKey(u)))),
    },
    supervisions: {
      reserveNumber: async (campaignCode: string, unit: UnitRef, ordinal: number) => {
        const key = `${campaignCode}/${unitKey(unit)}/${ordinal}`;
        if (!numbers.has(key)) numbers.set(key, `DB-2027-${String(numbers.size + 1).padStart(4, '0')}`);
        return numbers.get(key)!;
      },
      latestByUnit: async (campaignCode: string) => {
        const latest = new Map<string, { number: string; ordinal: number; open: boolean }>();
        for (const [key, number] of numbers) {
          const [code, unit, ordinal] = key.split('/');
          if (code !== campaignCode) continue;
          const state = supervisions.get(number);
          latest.set(unit, { number, ordinal: Number(ordinal), open: state?.status !== 'closed' });
        }
        return latest;
      },
      project: async (state: UnitSupervisionState) => {
        const previous = supervisions.get(state.number);
        if (previous && previous.revision >= state.revision) return false;
        supervisions.set(state.number, state);
        return true;
      },
    },
  };
}
