import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiUuidParam } from '../openapi/api-params.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { UserView } from './dto/user.view';
import { UserAdminService } from './user-admin.service';

@ApiTags('admin')
@Permit('administer')
@Controller('admin/users')
export class UsersAdminController {
  constructor(private readonly users: UserAdminService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user (officer, supervisor, auditor or administrator)' })
  @ApiCreatedResponse({ type: UserView })
  @ApiErrors(409)
  create(@Body() body: CreateUserDto) {
    return this.users.create(body);
  }

  @Get()
  @ApiOperation({ summary: 'Every user; never a password hash' })
  @ApiOkResponse({ type: [UserView] })
  list() {
    return this.users.list();
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable a user: their tokens stop working at once' })
  @ApiUuidParam('id')
  @ApiOkResponse({ type: UserView })
  @ApiErrors(404)
  disable(@Param('id') id: string) {
    return this.users.setDisabled(id, true);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled user again' })
  @ApiUuidParam('id')
  @ApiOkResponse({ type: UserView })
  @ApiErrors(404)
  enable(@Param('id') id: string) {
    return this.users.setDisabled(id, false);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({ summary: "Set a new password; the user's tokens stop working" })
  @ApiUuidParam('id')
  @ApiOkResponse({ type: UserView })
  @ApiErrors(404)
  resetPassword(@Param('id') id: string, @Body() body: ResetPasswordDto) {
    return this.users.resetPassword(id, body.password);
  }
}
