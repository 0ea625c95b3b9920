export { CASE_SEARCH_ATTRIBUTE_REGISTRATIONS, CaseSearchAttributes } from './search-attributes';
export { CASE_TASK_QUEUE } from './task-queues';
export {
  type SystemActivities,
  WIRING_CHECK_WORKFLOW,
  type WiringCheckResult,
  wiringCheckWorkflowId,
} from './wiring-check';
