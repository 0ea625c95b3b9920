import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { DEPARTMENT_CODES } from '@firecase/domain';
import { Omittable } from '../../cases/dto/omittable.decorator';
import { RequiredText } from '../../cases/dto/validation.decorators';

/** 科室: one of the catalogue's departments, under the name the office uses. */
export class CreateDepartmentDto {
  @ApiProperty({ enum: DEPARTMENT_CODES })
  @IsIn(DEPARTMENT_CODES)
  code: string;

  @RequiredText(100, '规环办 Planning and Environment Office')
  name: string;
}

/** 网格 */
export class GridDto {
  @RequiredText(50, 'G-03')
  code: string;

  @RequiredText(100, 'Grid 3')
  name: string;
}

/** 村/社区 with its grids. */
export class CreateCommunityDto {
  @RequiredText(100, 'Taibai Community')
  code: string;

  @RequiredText(100, '太白社区')
  name: string;

  @ApiPropertyOptional({ type: [GridDto], maxItems: 200 })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => GridDto)
  grids: GridDto[] = [];
}
