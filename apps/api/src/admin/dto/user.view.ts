import { ApiProperty } from '@nestjs/swagger';
import { DEPARTMENT_CODES, ROLES } from '@firecase/domain';
import type { UserRecord, UserRole } from '@firecase/persistence';

/** A user as administrators see it: never a password or its hash. */
export class UserView implements UserRecord {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'officer.li' })
  username: string;

  @ApiProperty({ example: 'Li Wei' })
  displayName: string;

  @ApiProperty({ enum: ROLES })
  role: UserRole;

  @ApiProperty({
    enum: DEPARTMENT_CODES,
    nullable: true,
    description: 'officers and supervisors; null for auditors and administrators',
  })
  departmentCode: string | null;

  @ApiProperty({ type: [String], description: 'the communities (村/社区) an officer covers' })
  communityCodes: string[];

  @ApiProperty()
  disabled: boolean;

  @ApiProperty({ type: 'integer', description: 'bumped when the user’s tokens are revoked' })
  tokenVersion: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '13800000000',
    description: 'mainland mobile number, for SMS',
  })
  mobilePhone: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'email', example: 'li.wei@example.cn' })
  email: string | null;
}
