import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';
import { CalendarHealthIndicator } from './calendar.health';
import { TemporalHealthIndicator } from './temporal.health';

const CHECK_TIMEOUT_MS = 3000;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly calendar: CalendarHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary:
      'Database and Temporal reachability (503 when either is down); calendar warnings from 1 November',
  })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
      () => this.temporal.check('temporal', CHECK_TIMEOUT_MS),
      () => this.calendar.check('calendar'),
    ]);
  }
}
