/** Every workflow and activity of a hazard case runs on this queue. */
export const CASE_TASK_QUEUE = 'hazard-cases';
