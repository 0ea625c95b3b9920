import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DEPARTMENT_CODES } from '@firecase/domain';

export class OfficersQuery {
  @ApiPropertyOptional({ enum: DEPARTMENT_CODES, description: 'only this department’s officers' })
  @IsOptional()
  @IsIn(DEPARTMENT_CODES, { message: `department: one of ${DEPARTMENT_CODES.join(', ')}` })
  department?: string;
}
