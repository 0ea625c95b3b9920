import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** 责任领导: the supervisor of the department who leads it. */
export class DepartmentLeaderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'userId: the id of a supervisor of this department' })
  userId: string;
}
