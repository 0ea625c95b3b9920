// Opens the demo cases through the API's own services, as the demo people (no HTTP, no
// passwords), so every case runs the real workflow and lands in the ledger, the audit trail and
// the notice register exactly as it would from the console. Needs the worker running.
import { ConflictException, type INestApplicationContext } from '@nestjs/common';
import { planDeadline, StatutoryCalendar } from '@firecase/calendar';
import {
  DEFAULT_CASE_POLICY,
  type CaseCommands,
  type CaseCommandType,
  openRung,
  type CaseState,
} from '@firecase/domain';
import { UserRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseActionsService } from '../cases/case-actions.service';
import { CaseOpeningService } from '../cases/case-opening.service';
import type { OpenCaseDto } from '../cases/dto/open-case.dto';
import { IdempotencyKeyReusedException } from '../errors/coded-http.exception';
import { EvidenceService } from '../evidence/evidence.service';
import { NoticeDocumentsService } from '../notices/notice-documents.service';
import { DEMO_CASES, type DemoCase, type DemoStep } from './demo-cases.data';
import { DEMO_COMMUNITY_POSITIONS } from './demo-positions';
import { demoPhoto } from './demo-photo';

export interface DemoCaseServices {
  readonly opening: CaseOpeningService;
  readonly actions: CaseActionsService;
  readonly notices: NoticeDocumentsService;
  readonly evidence: EvidenceService;
  readonly users: UserRepository;
}

/** The services of a running API app (or application context) the demo cases are opened with. */
export function demoCaseServices(app: INestApplicationContext): DemoCaseServices {
  return {
    opening: app.get(CaseOpeningService),
    actions: app.get(CaseActionsService),
    notices: app.get(NoticeDocumentsService),
    evidence: app.get(EvidenceService),
    users: app.get(UserRepository),
  };
}

export interface SeededCase {
  readonly key: string;
  readonly caseNumber?: string;
  /** 'opened', 'exists' (seeded before), or why it failed. */
  readonly outcome: string;
}

const DAY_MS = 86_400_000;
const SEED_KEY_PREFIX = 'demo-seed-case-';

/** Opens the demo cases that are not there yet and walks each through its steps. */
export async function seedDemoCases(
  services: DemoCaseServices,
  now = Date.now(),
): Promise<SeededCase[]> {
  const seeded: SeededCase[] = [];
  let photoSeed = 0;
  const photo = async (user: AuthenticatedUser, demo: DemoCase, daysAgo: number) => {
    photoSeed += 1;
    const [latitude, longitude] = DEMO_COMMUNITY_POSITIONS[demo.community] ?? [30.81, 108.4];
    const taken = new Date(now - daysAgo * DAY_MS + 8 * 3_600_000 - photoSeed * 60_000);
    const bytes = demoPhoto({
      takenAt: taken.toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, ':'),
      latitude: latitude + photoSeed * 0.0003,
      longitude: longitude + photoSeed * 0.0002,
      seed: photoSeed + Number(demo.key) * 7,
    });
    const { evidence } = await services.evidence.upload(
      { originalname: `现场照片-${demo.key}-${photoSeed}.png`, size: bytes.length, buffer: bytes },
      {},
      user,
    );
    return [{ evidenceId: evidence.evidenceId }];
  };

  for (const demo of DEMO_CASES) {
    try {
      const officer = await userOf(services.users, demo.officer);
      const supervisor = await userOf(services.users, demo.supervisor);
      const discoveredAt = instant(
        startOfChinaDay(now - demo.discoveredDaysAgo * DAY_MS) + 9 * 3_600_000,
        now,
      );
      const body: OpenCaseDto = {
        location: {
          community: demo.community,
          grid: demo.grid,
          building: demo.building,
          address: demo.address,
          coordinates: positionOf(demo),
        },
        category: demo.category,
        hazardType: demo.hazardType,
        description: demo.description,
        severity: demo.severity,
        responsibleParty: { ...demo.party },
        department: demo.department,
        evidence: await photo(officer, demo, demo.discoveredDaysAgo),
        discoveredAt,
        ...(demo.fixedOnSpot
          ? {
              fixedOnSpot: {
                evidence: await photo(officer, demo, demo.discoveredDaysAgo),
                note: demo.fixedOnSpot,
              },
            }
          : {}),
      };
      let caseNumber: string;
      try {
        const opened = await services.opening.open(body, officer, `${SEED_KEY_PREFIX}${demo.key}`);
        // The same Idempotency-Key gives back the case an earlier run opened.
        if (opened.replayed) {
          seeded.push({ key: demo.key, caseNumber: opened.caseNumber, outcome: 'exists' });
          continue;
        }
        caseNumber = opened.caseNumber;
      } catch (error) {
        // The seed's key with other content (this run's photos and times): opened by an earlier run.
        if (error instanceof ConflictException || error instanceof IdempotencyKeyReusedException) {
          seeded.push({ key: demo.key, outcome: 'exists' });
          continue;
        }
        throw error;
      }
      for (const step of demo.steps) {
        await performStep(services, caseNumber, step, { officer, supervisor, demo, now, photo });
      }
      seeded.push({ key: demo.key, caseNumber, outcome: 'opened' });
    } catch (error) {
      seeded.push({
        key: demo.key,
        outcome: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return seeded;
}

interface StepContext {
  readonly officer: AuthenticatedUser;
  readonly supervisor: AuthenticatedUser;
  readonly demo: DemoCase;
  readonly now: number;
  readonly photo: (
    user: AuthenticatedUser,
    demo: DemoCase,
    daysAgo: number,
  ) => Promise<{ evidenceId: string }[]>;
}

async function performStep(
  services: DemoCaseServices,
  caseNumber: string,
  step: DemoStep,
  context: StepContext,
) {
  const { officer, supervisor, demo, now } = context;
  const act = <K extends CaseCommandType>(
    user: AuthenticatedUser,
    type: K,
    input: Omit<CaseCommands[K], 'actor'>,
  ) => services.actions.perform(caseNumber, type, user, input);
  const at10 = (daysAgo: number) =>
    instant(startOfChinaDay(now - daysAgo * DAY_MS) + 10 * 3_600_000, now);

  if ('issue' in step) {
    await services.notices.issue(caseNumber, officer, {
      requirements: step.requirements,
      issuedAt: at10(step.issue),
    });
  } else if ('serve' in step) {
    await act(officer, 'serveNotice', {
      servedAt: instant(Date.parse(at10(step.serve)) + 3_600_000, now),
      method: step.method,
      recipient: step.recipient,
      evidence: step.photo ? await context.photo(officer, demo, step.serve) : [],
    });
  } else if ('issueDueToday' in step) {
    const issuedAt = issuedForDeadlineToday(now, demo.severity);
    await services.notices.issue(caseNumber, officer, {
      requirements: step.issueDueToday,
      issuedAt,
    });
    await act(officer, 'serveNotice', {
      servedAt: instant(Date.parse(issuedAt) + 3_600_000, now),
      method: 'left_at_premises',
      recipient: step.recipient,
      evidence: [],
    });
  } else if ('interim' in step) {
    await act(officer, 'recordInterimMeasures', {
      measures: [...step.interim],
      evidence: await context.photo(officer, demo, 0),
    });
  } else if ('patrol' in step) {
    await act(officer, 'recordPatrol', { measuresInPlace: true, note: step.patrol, evidence: [] });
  } else if ('report' in step) {
    await act(officer, 'reportRectification', {
      note: step.report,
      evidence: step.photo ? await context.photo(officer, demo, 0) : [],
    });
  } else if ('reinspect' in step) {
    await act(officer, 'recordReinspection', {
      passed: step.reinspect,
      findings: step.findings,
      evidence: step.photo ? await context.photo(officer, demo, 0) : [],
    });
  } else if ('requestExtension' in step) {
    await act(officer, 'requestExtension', { reason: step.requestExtension });
  } else if ('grantExtension' in step) {
    await act(supervisor, 'grantExtension', {
      reason: step.reason,
      newDeadlineDate: chinaDate(now + step.grantExtension * DAY_MS),
    });
  } else if ('rejectExtension' in step) {
    await act(supervisor, 'rejectExtension', { reason: step.rejectExtension });
  } else if ('scheduleInterview' in step) {
    // The interview rung opens by a timer once the case has been overdue long enough.
    await waitFor(services, caseNumber, (state) => openRung(state, 'interview') !== undefined);
    await act(supervisor, 'scheduleInterview', {
      at: instant(now + step.scheduleInterview * DAY_MS),
      location: step.location,
      interviewee: step.interviewee,
    });
  } else if ('recordInterview' in step) {
    await act(supervisor, 'recordInterview', {
      summary: step.recordInterview,
      committedDate: chinaDate(now),
      evidence: [],
    });
  } else if ('close' in step) {
    await act(supervisor, 'closeCase', { note: step.close, evidence: [] });
  } else {
    await act(supervisor, 'voidCase', { reason: step.void });
  }
}

async function waitFor(
  services: DemoCaseServices,
  caseNumber: string,
  ready: (state: CaseState) => boolean,
) {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    if (ready((await services.actions.view(caseNumber)).state)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `${caseNumber}: the workflow did not reach the expected step within 30 s (is the worker running?)`,
  );
}

/** The latest issue time whose rectification deadline is the end of today (China). */
function issuedForDeadlineToday(now: number, severity: 'general' | 'major'): string {
  const span = DEFAULT_CASE_POLICY.rectification[severity];
  const workingDays = 'workingDays' in span ? span.workingDays : 5;
  const calendar = StatutoryCalendar.builtIn();
  const todayEnd = planDeadline(calendar, new Date(now).toISOString(), { workingDays: 0 }).dueAt;
  for (let daysAgo = 1; daysAgo < 60; daysAgo += 1) {
    const candidate = new Date(startOfChinaDay(now - daysAgo * DAY_MS) + 11 * 3_600_000);
    const planned = planDeadline(calendar, candidate.toISOString(), { workingDays });
    if (planned.dueAt === todayEnd) return candidate.toISOString();
  }
  return new Date(now - 7 * DAY_MS).toISOString();
}

function positionOf(demo: DemoCase) {
  const position = DEMO_COMMUNITY_POSITIONS[demo.community];
  if (!position) return undefined;
  const offset = Number(demo.key) * 0.0007;
  return {
    latitude: Number((position[0] + offset).toFixed(5)),
    longitude: Number((position[1] - offset).toFixed(5)),
  };
}

async function userOf(users: UserRepository, username: string): Promise<AuthenticatedUser> {
  const user = await users.findByUsername(username);
  if (!user) throw new Error(`demo user ${username} is missing`);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentCode: user.departmentCode,
    communityCodes: user.communityCodes,
  };
}

/** An instant no later than `notAfter` (a past time must not drift into the future). */
function instant(ms: number, notAfter = Number.POSITIVE_INFINITY): string {
  return new Date(Math.min(ms, notAfter - 60_000)).toISOString();
}

function startOfChinaDay(ms: number): number {
  const shifted = ms + 8 * 3_600_000;
  return shifted - (shifted % DAY_MS) - 8 * 3_600_000;
}

function chinaDate(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}
