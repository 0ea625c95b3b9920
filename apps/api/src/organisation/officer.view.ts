import { ApiProperty } from '@nestjs/swagger';
import { DEPARTMENT_CODES } from '@firecase/domain';

/** An enabled officer (承办人员): whom a case of the department may be handed to (变更承办人). */
export class OfficerView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '李伟' })
  displayName: string;

  @ApiProperty({ enum: DEPARTMENT_CODES })
  departmentCode: string;
}
