// The statutory calendar as data the office administers, end to end on the real stack (the api
// and worker apps, the Temporal dev server, the embedded PostgreSQL). The tests load 2003: the
// library starts at 2004 and no other test reaches 2003, so loading it changes nobody else's
// deadlines. The days loaded are invented for the test.
import { calendarWarnings, chinaLocalDate } from '@firecase/calendar';
import type { CaseView } from '@firecase/contract';
import type { LedgerRow } from '@firecase/persistence';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

const END_OF = (date: string) => `${date}T15:59:59.999Z`;

const invented2003 = {
  document: '示例：测试用2003年节假日安排',
  holidays: [{ date: '2003-12-31', name: '示例假日' }],
  adjustedWorkingDays: [{ date: '2003-12-27', name: '示例调休' }], // a Saturday
};

describe('statutory calendar administration (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true });
  const admin = signedInUser(stack, { role: 'administrator' });
  const officer = signedInUser(stack, { role: 'officer' });
  const supervisor = signedInUser(stack, { role: 'supervisor' });
  const auditor = signedInUser(stack, { role: 'auditor' });
  const http = stack.http;

  it('lists the coverage: the library years, built in, with the warnings of today', async () => {
    const response = await http().get('/admin/calendar/years').set(admin).expect(200);
    const years = response.body.years as { year: number; source: string; library?: string }[];
    expect(years.find((y) => y.year === 2024)).toMatchObject({
      source: 'built_in',
      library: 'chinese-days@1.5.7',
    });
    // Warnings depend on the date and on the years loaded: derive them, never write today's.
    const covered = years.map((y) => y.year);
    expect(response.body.warnings).toEqual(calendarWarnings(covered, chinaLocalDate(new Date())));
    const health = await http().get('/health').expect(200);
    expect(health.body.details.calendar).toMatchObject({
      status: 'up',
      warnings: response.body.warnings,
    });
  });

  it.each([
    [
      'a date outside the year',
      { holidays: [{ date: '2004-01-01', name: '元旦' }] },
      'holidays[0]',
      'outside the year 2003',
    ],
    [
      'a day listed twice',
      {
        holidays: [
          { date: '2003-10-01', name: '国庆' },
          { date: '2003-10-01', name: '国庆' },
        ],
      },
      'holidays[1]',
      'listed twice',
    ],
    [
      'an adjusted working day that is not a weekend day',
      { adjustedWorkingDays: [{ date: '2003-10-08', name: '国庆' }] },
      'adjustedWorkingDays[0]',
      'not a Saturday or Sunday',
    ],
    [
      'a holiday that does not exist',
      { holidays: [{ date: '2003-02-29', name: '春节' }] },
      'holidays[0]',
      'not a date that exists',
    ],
  ])('refuses %s with 400 naming the day and the reason', async (_label, change, field, reason) => {
    const response = await http()
      .put('/admin/calendar/years/2003')
      .set(admin)
      .send({ ...invented2003, ...change })
      .expect(400);
    expect(response.body.fields).toEqual([{ field, problems: [expect.stringContaining(reason)] }]);
  });

  it('lets only administrators load a year, and names a bad year', async () => {
    await http().put('/admin/calendar/years/2003').set(supervisor).send(invented2003).expect(403);
    const bad = await http()
      .put('/admin/calendar/years/12')
      .set(admin)
      .send(invented2003)
      .expect(400);
    expect(bad.body.message).toContain('year');
  });

  it('marks a deadline in a year not loaded provisional, and recounts it with a record once loaded', async () => {
    const opened = await http()
      .post('/cases')
      .set(officer)
      .send({
        location: { community: '历法测试社区', address: '太白路1号' },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '楼道停放电动车',
        severity: 'general',
        responsibleParty: { name: '测试物业', phone: '13800000000' },
        department: 'planning_environment',
        discoveredAt: '2003-12-26T02:00:00.000Z',
      })
      .expect(201);
    const caseNumber = opened.body.caseNumber as string;
    // A paper notice issued Monday 2003-12-29: 30th, 31st (2003 counted Monday–Friday), 2 Jan.
    const issued = await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: '清理楼道', issuedAt: '2003-12-29T02:00:00.000Z' })
      .expect(200);
    expect(issued.body.case.state.notice.serviceDueAt).toBe(END_OF('2004-01-02'));
    const issuedCase = issued.body.case as CaseView;
    const serve = issuedCase.obligations.find((o) => o.kind === 'serve_notice');
    expect(serve?.provisional).toContain('2003年法定节假日安排尚未录入');
    const listed = async () => {
      const ledger = await http().get('/cases?provisional=true&limit=200').set(officer).expect(200);
      return (ledger.body.items as LedgerRow[]).some((row) => row.caseNumber === caseNumber);
    };
    await eventually(listed);

    const loaded = await http()
      .put('/admin/calendar/years/2003')
      .set(admin)
      .send(invented2003)
      .expect(200);
    expect(loaded.body).toMatchObject({ year: 2003, document: invented2003.document });
    expect(loaded.body.recount.workflowId).toContain('statutory-year-2003');

    // With 31 December a day off: 30th, 2 Jan, 5 Jan.
    const recounted = await eventually(async () => {
      const view = (await http().get(`/cases/${caseNumber}`).set(officer).expect(200))
        .body as CaseView;
      return view.state.notice?.serviceDueAt === END_OF('2004-01-05') ? view : undefined;
    });
    expect(
      recounted.state.deadlines.some(
        (d) => d.kind === 'service' && d.reason.includes('2003年法定节假日安排已录入'),
      ),
    ).toBe(true);
    expect(recounted.state.events.map((e) => e.type)).toContain('deadlines_recalculated');
    await eventually(async () => !(await listed()));

    const year = await http().get('/admin/calendar/years/2003').set(admin).expect(200);
    expect(year.body).toMatchObject({ source: 'administered', document: invented2003.document });
    expect(year.body.holidayDays).toEqual(invented2003.holidays);
    expect(year.body.loads[0]).toMatchObject({ replaced: false });
    const coverage = await http().get('/admin/calendar/years').set(admin).expect(200);
    expect(coverage.body.years[0]).toMatchObject({ year: 2003, source: 'administered' });

    const adminLog = await http()
      .get('/audit-log/admin?action=calendar.year_loaded')
      .set(auditor)
      .expect(200);
    expect(adminLog.body.items[0]).toMatchObject({
      action: 'calendar.year_loaded',
      targetKind: 'calendar_year',
      targetId: '2003',
    });

    // Loaded again (replaced): the load is kept, and nothing waits for 2003 any more.
    const again = await http()
      .put('/admin/calendar/years/2003')
      .set(admin)
      .send(invented2003)
      .expect(200);
    expect(again.body.replaced).toBe(true);
    expect((await http().get('/admin/calendar/years/2003').set(admin)).body.loads).toHaveLength(2);
    await http()
      .post(`/cases/${caseNumber}/void`)
      .set(supervisor)
      .send({ reason: 'test cleanup' })
      .expect(200);
  });
});

async function eventually<T>(probe: () => Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
