import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { ProfileView } from './profile.view';

/** The signed-in user, so the console knows whom it shows and what to offer. */
@ApiTags('profile')
@Controller('me')
export class ProfileController {
  @Get()
  @Permit('readProfile')
  @ApiOperation({ summary: 'Who the access token belongs to: name, role, department, communities' })
  @ApiOkResponse({ type: ProfileView })
  me(@CurrentUser() user: AuthenticatedUser): ProfileView {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      departmentCode: user.departmentCode,
      communityCodes: [...user.communityCodes],
    };
  }
}
