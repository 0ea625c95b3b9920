export {
  type AccessLogEntry,
  type AccessLogFilter,
  type AccessLogRecord,
  AccessLogRepository,
} from './access-log.repository';
export {
  type AdminLogEntry,
  type AdminLogFilter,
  type AdminLogRecord,
  AdminLogRepository,
} from './admin-log.repository';
export type { LogPage, LogPageRequest } from './log-page';
