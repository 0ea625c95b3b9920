import { ApiProperty } from '@nestjs/swagger';
import { DEPARTMENT_CODES, ROLES, type Role } from '@firecase/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** The signed-in user, as GET /me answers. */
export class ProfileView implements AuthenticatedUser {
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
