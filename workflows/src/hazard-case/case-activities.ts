import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import {
  type CaseActivities,
  NON_RETRYABLE_ACTIVITY_ERRORS,
  type NoticeActivities,
} from '@firecase/contract';

/** Deadlines are computed while an officer waits on an update: short timeouts, few retries. */
export const { planDeadlines } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 5, nonRetryableErrorTypes: NON_RETRYABLE_ACTIVITY_ERRORS },
});

/**
 * The same, run as a local activity (since the plan-deadlines-locally patch): computed in the
 * worker within the workflow task, without a round trip through the server's task queue.
 */
export const { planDeadlines: planDeadlinesLocally } = proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 5, nonRetryableErrorTypes: NON_RETRYABLE_ACTIVITY_ERRORS },
});

/** The read model and notifications must land eventually: retry until they do. */
export const { projectCase, deliverNotifications } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '5 minutes',
    nonRetryableErrorTypes: NON_RETRYABLE_ACTIVITY_ERRORS,
  },
});

/**
 * The issuing update waits for its document (numbered, rendered and stored), retried until it
 * lands, never given up: an activity on the task queue since the activities-on-task-queue patch.
 */
export const { issueNoticeDocument } = proxyActivities<NoticeActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: NON_RETRYABLE_ACTIVITY_ERRORS,
  },
});

/** The same as a local activity, within the workflow task: what cases before that patch replay. */
export const { issueNoticeDocument: issueNoticeDocumentLocally } =
  proxyLocalActivities<NoticeActivities>({
    startToCloseTimeout: '30 seconds',
    retry: {
      initialInterval: '1 second',
      maximumInterval: '1 minute',
      nonRetryableErrorTypes: NON_RETRYABLE_ACTIVITY_ERRORS,
    },
  });
