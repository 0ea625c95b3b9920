import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { CreateCommunityDto, CreateDepartmentDto } from './dto/organisation.dto';
import {
  CommunityAddedView,
  CommunityView,
  DepartmentAddedView,
  DepartmentView,
} from './dto/organisation.view';
import { OrganisationAdminService } from './organisation-admin.service';

/** Departments (科室), communities (村/社区) and grids (网格); adding one twice changes nothing. */
@ApiTags('admin')
@Permit('administer')
@Controller('admin')
export class OrganisationAdminController {
  constructor(private readonly organisation: OrganisationAdminService) {}

  @Get('departments')
  @ApiOperation({ summary: 'The departments set up' })
  @ApiOkResponse({ type: [DepartmentView] })
  departments() {
    return this.organisation.departments();
  }

  @Post('departments')
  @ApiOperation({ summary: "Set up one of the catalogue's departments" })
  @ApiCreatedResponse({ type: DepartmentAddedView })
  addDepartment(@Body() body: CreateDepartmentDto, @CurrentUser() actor: AuthenticatedUser) {
    return this.organisation.addDepartment(body, actor);
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
  addCommunity(@Body() body: CreateCommunityDto, @CurrentUser() actor: AuthenticatedUser) {
    return this.organisation.addCommunity(body, actor);
  }
}
