import { ApiProperty } from '@nestjs/swagger';
import { type Actor, type RecordedActor, type Role, ROLES, SYSTEM_ACTOR } from '@firecase/domain';

/** The person who did something on a case. */
export class ActorView implements Actor {
  @ApiProperty({ example: 'b3c1…' })
  userId: string;

  @ApiProperty({ example: 'Li Wei' })
  name: string;

  @ApiProperty({ enum: ROLES })
  role: Role;
}

/** A person, or `system` for what timers and escalations did by themselves. */
export class RecordedActorView {
  @ApiProperty({ example: 'b3c1…', description: '`system` for the system itself' })
  userId: string;

  @ApiProperty({ example: 'Li Wei' })
  name: string;

  @ApiProperty({ enum: [...ROLES, SYSTEM_ACTOR.role] })
  role: RecordedActor['role'];
}
