import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserAdminService } from './user-admin.service';

/** Users, for administrators; every change is written to the admin log. */
@ApiTags('admin')
@Permit('administer')
@Controller('admin/users')
export class UsersAdminController {
  constructor(private readonly users: UserAdminService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user (officer, supervisor, auditor or administrator)' })
  create(@Body() body: CreateUserDto, @CurrentUser() actor: AuthenticatedUser) {
    return this.users.create(body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'Every user; never a password hash' })
  list() {
    return this.users.list();
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a user's name, role, department or communities" })
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
  disable(@Param('id') id: string, @CurrentUser() actor: AuthenticatedUser) {
    return this.users.setDisabled(id, true, actor);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled user again' })
  enable(@Param('id') id: string, @CurrentUser() actor: AuthenticatedUser) {
    return this.users.setDisabled(id, false, actor);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({ summary: "Set a new password; the user's tokens stop working" })
  resetPassword(
    @Param('id') id: string,
    @Body() body: ResetPasswordDto,
    @CurrentUser() actor: AuthenticatedUser,
  ) {
    return this.users.resetPassword(id, body.password, actor);
  }
}
