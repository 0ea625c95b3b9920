import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DEPARTMENT_CODES } from '@firecase/domain';
import { OrganisationRepository } from '@firecase/persistence';
import { Permit } from '../authz/permit.decorator';

export class DepartmentView {
  @ApiProperty({ enum: DEPARTMENT_CODES })
  code: string;

  @ApiProperty()
  name: string;
}

export class GridView {
  @ApiProperty({ example: 'G-03' })
  code: string;

  @ApiProperty()
  name: string;
}

export class CommunityView {
  @ApiProperty({ example: 'Taibai Community' })
  code: string;

  @ApiProperty({ example: '太白社区' })
  name: string;

  @ApiProperty({ type: [GridView] })
  grids: GridView[];
}

export class OrganisationView {
  @ApiProperty({ type: [DepartmentView] })
  departments: DepartmentView[];

  @ApiProperty({ type: [CommunityView] })
  communities: CommunityView[];
}

/**
 * The organisation as every signed-in user needs it: the departments, communities and grids a
 * hazard is registered under and the ledger is filtered by. Changing it is for administrators
 * (/admin/departments, /admin/communities).
 */
@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationRepository) {}

  @Get()
  @Permit('readOrganisation')
  @ApiOperation({ summary: 'Departments (科室), communities (村/社区) and their grids (网格)' })
  @ApiOkResponse({ type: OrganisationView })
  async read(): Promise<OrganisationView> {
    const [departments, communities] = await Promise.all([
      this.organisation.departments(),
      this.organisation.communities(),
    ]);
    return {
      departments: departments.map((d) => ({ ...d })),
      communities: communities.map((c) => ({ ...c, grids: c.grids.map((g) => ({ ...g })) })),
    };
  }
}
