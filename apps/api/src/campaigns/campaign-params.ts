import { ApiParam } from '@nestjs/swagger';
import { SUPERVISION_NUMBER_PATTERN } from '@firecase/contract';
import { CAMPAIGN_CODE_PATTERN, KEY_PERIOD_CODE_PATTERN } from '@firecase/domain';

/** A campaign's code in the path; one of another form is as unknown as a missing one (404). */
export function ApiCampaignCodeParam(): MethodDecorator & ClassDecorator {
  return ApiParam({
    name: 'code',
    schema: { type: 'string', pattern: CAMPAIGN_CODE_PATTERN.source },
    example: 'taibai-2023-winter-spring',
    description: 'the campaign’s code; unknown: 404',
  });
}

/** A sweep task's id: its key period's code and its number, e.g. spring-festival.03. */
export function ApiSweepTaskIdParam(): MethodDecorator & ClassDecorator {
  return ApiParam({
    name: 'taskId',
    schema: {
      type: 'string',
      pattern: `${KEY_PERIOD_CODE_PATTERN.source.replace(/\$$/, '')}\\.\\d{2,4}$`,
    },
    example: 'spring-festival.03',
    description: 'unknown in the campaign: 404',
  });
}

/** 督办案件编号 in the path, DB-YYYY-NNNN; unknown, or outside the caller's units: 404. */
export function ApiSupervisionNumberParam(): MethodDecorator & ClassDecorator {
  return ApiParam({
    name: 'number',
    schema: { type: 'string', pattern: SUPERVISION_NUMBER_PATTERN.source },
    example: 'DB-2024-0001',
    description: 'unknown, or outside the caller’s units: 404',
  });
}
