import type { LogLevel } from '@nestjs/common';
import type { AppConfig } from './app-config';

const SEVERITY_ORDER: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest wants every level to print, not a threshold: LOG_LEVEL=log prints fatal..log. */
export function nestLogLevels(level: AppConfig['logLevel']): LogLevel[] {
  return SEVERITY_ORDER.slice(0, SEVERITY_ORDER.indexOf(level) + 1);
}
