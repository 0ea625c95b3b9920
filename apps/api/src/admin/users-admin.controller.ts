import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiUuidParam } from '../openapi/api-params.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserView } from './dto/user.view';
import { UserAdminService } from './user-admin.service';

/** Users, for administrators; every change is written to the admin log. */
@ApiTags('admin')
@Permit('administer')
@Controller('admin/users')
export class UsersAdminController {
  constructor(private readonly users: UserAdminService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user (officer, supervisor, auditor or administrator)' })
  @ApiCreatedResponse({ type: UserView })
  @ApiErrors(409)
  create(@Body() body: CreateUserDto, @CurrentUser() actor: AuthenticatedUser) {
    return this.users.create(body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'Every user; never a password hash' })
  @ApiOkResponse({ type: [UserView] })
  list() {
    return this.users.list();
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a user's name, role, department or communities" })
  @ApiUuidParam('id')
  @ApiOkResponse({ type: UserView })
  @ApiErrors(404)
  update(
    @Param('id') id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() actor: AuthenticatedUser,
  ) {
    return this.users.update(id, body, actor);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable a user: their tokens stop working at once' })
  @ApiUuidParam('id')
  @ApiOkResponse({ type: UserView })
  @ApiErrors(404)
  disable(@Param('id') id: string, @CurrentUser() actor: AuthenticatedUser) {
    return this.users.setDisabled(id, true, actor);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled user again' })
  @ApiUuidParam('id')
  @ApiOkResponse({ type: UserView })
  @ApiErrors(404)
  enable(@Param('id') id: string, @CurrentUser() actor: AuthenticatedUser) {
    return this.users.setDisabled(id, false, actor);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({ summary: "Set a new password; the user's tokens stop working" })
  @ApiUuidParam('id')
  @ApiOkResponse({ type: UserView })
  @ApiErrors(404)
  resetPassword(
    @Param('id') id: string,
    @Body() body: ResetPasswordDto,
    @CurrentUser() actor: AuthenticatedUser,
  ) {
    return this.users.resetPassword(id, body.password, actor);
  }
}
