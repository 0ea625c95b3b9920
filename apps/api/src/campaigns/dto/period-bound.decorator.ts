import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * One end of a period: a date in Beijing time (YYYY-MM-DD; an end date is inclusive) or an
 * ISO instant with its zone (short test periods).
 */
export function PeriodBound(optional = false) {
  const doc = {
    example: '2024-02-10',
    description: 'YYYY-MM-DD (Beijing; an end date is the last day) or an ISO instant with zone',
  };
  return applyDecorators(
    optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...(optional ? [IsOptional()] : []),
    IsString(),
    Matches(new RegExp(`${DATE.source}|${INSTANT.source}`), {
      message: '$property must be a date YYYY-MM-DD or an ISO instant with its zone',
    }),
  );
}

/** The instant a period starts: a date means 00:00 Beijing time that day. */
export function startInstant(bound: string): string {
  return DATE.test(bound) ? new Date(`${bound}T00:00:00+08:00`).toISOString() : toIso(bound);
}

/** The instant a period ends (exclusive): a date means the end of that day in Beijing. */
export function endInstant(bound: string): string {
  if (!DATE.test(bound)) return toIso(bound);
  return new Date(Date.parse(`${bound}T00:00:00+08:00`) + 86_400_000).toISOString();
}

/** Whether a bound reads as a real date or instant (2024-02-30 matches the pattern only). */
export function isRealBound(bound: string): boolean {
  const iso = DATE.test(bound) ? `${bound}T00:00:00Z` : bound;
  const parsed = Date.parse(iso);
  if (Number.isNaN(parsed)) return false;
  return !DATE.test(bound) || new Date(parsed).toISOString().slice(0, 10) === bound;
}

function toIso(instant: string): string {
  return new Date(instant).toISOString();
}
