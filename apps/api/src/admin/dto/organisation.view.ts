import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEPARTMENT_CODES } from '@firecase/domain';
import type { CommunityRecord, DepartmentRecord, GridRecord } from '@firecase/persistence';

/** 科室 */
export class DepartmentView implements DepartmentRecord {
  @ApiProperty({ enum: DEPARTMENT_CODES })
  code: string;

  @ApiProperty({ example: '规环办 Planning and Environment Office' })
  name: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: '责任领导: the supervisor who leads it, when one is set',
  })
  leaderUserId?: string | null;
}

/** 网格 */
export class GridView implements GridRecord {
  @ApiProperty({ example: 'G-03' })
  code: string;

  @ApiProperty({ example: 'Grid 3' })
  name: string;
}

/** 村/社区 with its grids. */
export class CommunityView implements CommunityRecord {
  @ApiProperty({ example: 'Taibai Community' })
  code: string;

  @ApiProperty({ example: '太白社区' })
  name: string;

  @ApiProperty({ type: [GridView] })
  grids: GridView[];
}

export class DepartmentAddedView extends DepartmentView {
  @ApiProperty({ description: 'false when the department was set up already (nothing changed)' })
  created: boolean;
}

export class CommunityAddedView extends CommunityView {
  @ApiProperty({ description: 'false when the community existed already; new grids are added' })
  created: boolean;
}
