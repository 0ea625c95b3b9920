import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@firecase/config';
import {
  CaseNotificationRepository,
  CaseProjectionWriter,
  NoticeDocumentRepository,
  StatutoryCalendarRepository,
  CaseSnapshotRepository,
  UserRepository,
} from '@firecase/persistence';
import { CASE_TASK_QUEUE } from '@firecase/contract';
import { temporalConnectionOptions } from '@firecase/temporal';
import { createCalendarActivities } from './activities/calendar.activities';
import { createCaseActivities } from './activities/case.activities';
import { createNoticeActivities } from './activities/notice.activities';
import { createSystemActivities } from './activities/system.activities';
import { CampaignWorkActivities } from './campaigns/campaign-work-activities';
import { createDigestActivities } from './notifications/digest/digest.activities';
import { workflowBundleOptions } from './workflow-bundle';

/** The SDK's own default of concurrent workflow tasks; it may not exceed the cache. */
const DEFAULT_WORKFLOW_TASK_SLOTS = 40;

/** Hosts the Temporal worker of the case task queue inside the Nest application context. */
@Injectable()
export class TemporalWorkerService implements OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private worker?: Worker;
  private running?: Promise<void>;
  private markPolling!: (outcome?: Error) => void;
  private readonly polling = new Promise<void>((resolve, reject) => {
    this.markPolling = (outcome) => (outcome ? reject(outcome) : resolve());
  });

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projections: CaseProjectionWriter,
    private readonly notifications: CaseNotificationRepository,
    private readonly calendar: StatutoryCalendarRepository,
    private readonly documents: NoticeDocumentRepository,
    private readonly users: UserRepository,
    private readonly caseSnapshots: CaseSnapshotRepository,
    private readonly campaignWork: CampaignWorkActivities,
  ) {}

  /** Connects, starts polling, and resolves once the worker has stopped. */
  async run(): Promise<void> {
    const connection = await NativeConnection.connect(
      temporalConnectionOptions(this.config.temporal),
    );
    try {
      this.worker = await Worker.create({
        connection,
        namespace: this.config.temporal.namespace,
        taskQueue: CASE_TASK_QUEUE,
        ...workflowBundleOptions(),
        // Bounded, so the worker's memory does not grow with the number of open cases (issue 13).
        maxCachedWorkflows: this.config.temporal.maxCachedWorkflows,
        maxConcurrentWorkflowTaskExecutions: Math.min(
          this.config.temporal.maxCachedWorkflows,
          DEFAULT_WORKFLOW_TASK_SLOTS,
        ),
        activities: {
          ...createSystemActivities({ dataSource: this.dataSource }),
          ...createCaseActivities({
            projections: this.projections,
            notifications: this.notifications,
            calendar: this.calendar,
          }),
          ...createCalendarActivities({ calendar: this.calendar }),
          ...createNoticeActivities({
            documents: this.documents,
            issuer: this.config.notices.issuer,
          }),
          ...createDigestActivities({
            users: this.users,
            cases: this.caseSnapshots,
            notifications: this.notifications,
            calendar: this.calendar,
          }),
          ...this.campaignWork.create(),
        },
      });
      this.running = this.worker.run();
      this.logger.log(`polling task queue "${CASE_TASK_QUEUE}" on ${this.config.temporal.address}`);
      this.markPolling();
      await this.running;
    } catch (error) {
      this.markPolling(error instanceof Error ? error : new Error(String(error)));
      throw error;
    } finally {
      await connection.close();
    }
  }

  /** Resolves once the worker polls (or rejects if it failed to start). */
  started(): Promise<void> {
    return this.polling;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker?.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
  }
}
