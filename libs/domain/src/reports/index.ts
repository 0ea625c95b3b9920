export * from './progress-report';
export * from './report-notification';
