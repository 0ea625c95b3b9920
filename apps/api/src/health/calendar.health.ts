import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { CalendarService } from '../calendar/calendar.service';

/**
 * The statutory calendar: never "down" (deadlines in a year not loaded are counted Monday–Friday
 * and marked provisional), but from 1 November it warns while next year is not loaded.
 */
@Injectable()
export class CalendarHealthIndicator {
  constructor(
    private readonly calendar: CalendarService,
    private readonly health: HealthIndicatorService,
  ) {}

  /** Informational: an unreadable calendar is reported here, availability by `database`. */
  async check(key: string) {
    const indicator = this.health.check(key);
    try {
      const { years, warnings } = await this.calendar.coverage();
      return indicator.up({ lastYear: years.at(-1)?.year ?? null, warnings });
    } catch (error) {
      return indicator.up({
        warnings: [],
        unreadable: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
