import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganisationRepository } from '@firecase/persistence';
import { Permit } from '../authz/permit.decorator';
import { CreateCommunityDto, CreateDepartmentDto } from './dto/organisation.dto';
import {
  CommunityAddedView,
  CommunityView,
  DepartmentAddedView,
  DepartmentView,
} from './dto/organisation.view';

/** Departments (科室), communities (村/社区) and grids (网格); adding one twice changes nothing. */
@ApiTags('admin')
@Permit('administer')
@Controller('admin')
export class OrganisationAdminController {
  constructor(private readonly organisation: OrganisationRepository) {}

  @Get('departments')
  @ApiOperation({ summary: 'The departments set up' })
  @ApiOkResponse({ type: [DepartmentView] })
  departments() {
    return this.organisation.departments();
  }

  @Post('departments')
  @ApiOperation({ summary: "Set up one of the catalogue's departments" })
  @ApiCreatedResponse({ type: DepartmentAddedView })
  async addDepartment(@Body() body: CreateDepartmentDto) {
    return { ...body, created: await this.organisation.addDepartment(body) };
  }

  @Get('communities')
  @ApiOperation({ summary: 'The communities and their grids' })
  @ApiOkResponse({ type: [CommunityView] })
  communities() {
    return this.organisation.communities();
  }

  @Post('communities')
  @ApiOperation({ summary: 'Add a community with its grids' })
  @ApiCreatedResponse({ type: CommunityAddedView })
  async addCommunity(@Body() body: CreateCommunityDto) {
    return { ...body, created: await this.organisation.addCommunity(body) };
  }
}
