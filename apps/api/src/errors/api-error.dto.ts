import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiErrorBody } from './api-error';

export class FieldProblemDto {
  @ApiProperty({ example: 'location.address', description: 'the field, nested as a.b[0].c' })
  field: string;

  @ApiProperty({ type: [String], example: ['address should not be empty'] })
  problems: string[];
}

/** The one error shape of every endpoint (ApiErrorBody), as the document shows it. */
export class ApiErrorDto implements ApiErrorBody {
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'Conflict', description: 'the reason phrase of statusCode' })
  error: string;

  @ApiProperty({ example: 'the notice has not been served yet' })
  message: string;

  @ApiPropertyOptional({
    example: 'NOTICE_NOT_SERVED',
    description: 'a stable machine-readable reason, e.g. the case workflow’s CaseErrorCode',
  })
  code?: string;

  @ApiPropertyOptional({
    type: [FieldProblemDto],
    description: 'for 400: each bad field and what is wrong with it',
  })
  fields?: FieldProblemDto[];
}
