import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganisationRepository, UserRepository } from '@firecase/persistence';
import { Permit } from '../authz/permit.decorator';
import { OfficerView } from './officer.view';
import { OfficersQuery } from './officers.query';
import { OrganisationView } from './organisation.view';

/**
 * The organisation as every signed-in user needs it: the departments, communities and grids a
 * hazard is registered under and the ledger is filtered by. Changing it is for administrators
 * (/admin/departments, /admin/communities).
 */
@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(
    private readonly organisation: OrganisationRepository,
    private readonly users: UserRepository,
  ) {}

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

  @Get('officers')
  @Permit('readOfficers')
  @ApiOperation({
    summary: 'Enabled officers (承办人员), by department: whom a case may be handed to',
  })
  @ApiOkResponse({ type: [OfficerView] })
  async officers(@Query() query: OfficersQuery): Promise<OfficerView[]> {
    const users = await this.users.list();
    return users.flatMap((u) =>
      u.role === 'officer' &&
      !u.disabled &&
      u.departmentCode !== null &&
      (query.department === undefined || u.departmentCode === query.department)
        ? [{ id: u.id, displayName: u.displayName, departmentCode: u.departmentCode }]
        : [],
    );
  }
}
