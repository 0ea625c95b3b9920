// The one entry the worker bundles: every workflow of the product is exported here.
export { wiringCheckWorkflow } from './wiring-check.workflow';
