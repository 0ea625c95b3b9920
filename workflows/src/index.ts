// The one entry the worker bundles: every workflow of the product is exported here.
export { benchmarkBaselineWorkflow } from './benchmark-baseline.workflow';
export { campaignWorkflow } from './campaign/campaign.workflow';
export { dailyDigestWorkflow } from './notifications/daily-digest.workflow';
export { hazardCaseWorkflow } from './hazard-case/hazard-case.workflow';
export { progressReportWorkflow } from './reports/progress-report.workflow';
export { statutoryYearRecountWorkflow } from './statutory-calendar/statutory-year-recount.workflow';
export { unitSupervisionWorkflow } from './unit-supervision/unit-supervision.workflow';
export { wiringCheckWorkflow } from './wiring-check.workflow';
