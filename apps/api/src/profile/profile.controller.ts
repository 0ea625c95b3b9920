import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DEPARTMENT_CODES, ROLES, type Role } from '@firecase/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';

export class Profile {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'officer.li' })
  username: string;

  @ApiProperty({ example: '李伟' })
  displayName: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ enum: DEPARTMENT_CODES, nullable: true, type: String })
  departmentCode: string | null;

  @ApiProperty({ type: [String], description: 'the communities (村/社区) an officer covers' })
  communityCodes: string[];
}

/** The signed-in user, so the console knows whom it shows and what to offer. */
@ApiTags('profile')
@Controller('me')
export class ProfileController {
  @Get()
  @Permit('readProfile')
  @ApiOperation({ summary: 'Who the access token belongs to: name, role, department, communities' })
  @ApiOkResponse({ type: Profile })
  me(@CurrentUser() user: AuthenticatedUser): Profile {
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
