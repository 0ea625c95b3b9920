import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Omittable } from './omittable.decorator';

export class EvidenceRefDto {
  @ApiProperty({ example: 'ev-7f3a' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  evidenceId: string;

  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @MaxLength(500)
  note?: string;
}
