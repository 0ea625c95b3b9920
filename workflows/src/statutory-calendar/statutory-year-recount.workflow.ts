import {
  continueAsNew,
  getExternalWorkflowHandle,
  log,
  proxyActivities,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import {
  type CalendarActivities,
  statutoryYearLoadedSignal,
  type StatutoryYearRecountInput,
  type StatutoryYearRecountResult,
} from '@firecase/contract';

const { casesWaitingForYear } = proxyActivities<CalendarActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '1 minute' },
});

const PAGE = 200;
/** A case whose provisional deadline was projected while the first pass ran is found by the second. */
const SECOND_PASS_AFTER = '5 minutes';

/**
 * 法定节假日安排录入后重新计算期限: signals every open case whose read model says a deadline
 * waits for the loaded year. Each case recounts under its own rules and records it; a case with
 * nothing left to recount ignores the signal, so a second pass (and any retry) is harmless.
 */
export async function statutoryYearRecountWorkflow(
  input: StatutoryYearRecountInput,
): Promise<StatutoryYearRecountResult> {
  const loaded = { year: input.year, document: input.document, loadedAt: input.loadedAt };
  let after = input.after ?? '';
  let signalled = 0;
  for (;;) {
    const page = await casesWaitingForYear(input.year, after, PAGE);
    for (const caseNumber of page) {
      try {
        await getExternalWorkflowHandle(caseNumber).signal(statutoryYearLoadedSignal, loaded);
        signalled += 1;
      } catch (error) {
        // Closed since the read model was written: nothing to recount.
        log.warn('case not signalled', { caseNumber, error: String(error) });
      }
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1];
    if (workflowInfo().continueAsNewSuggested) {
      return continueAsNew<typeof statutoryYearRecountWorkflow>({ ...input, after });
    }
  }
  if ((input.pass ?? 1) === 1) {
    await sleep(SECOND_PASS_AFTER);
    return continueAsNew<typeof statutoryYearRecountWorkflow>({
      ...input,
      after: undefined,
      pass: 2,
    });
  }
  return { signalled };
}
