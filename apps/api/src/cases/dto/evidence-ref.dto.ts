import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class EvidenceRefDto {
  @ApiProperty({ example: 'ev-7f3a' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  evidenceId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
