import { Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@firecase/domain';
import { ActingUser } from '../identity/acting-user.decorator';
import { ACTING_USER_HEADERS } from '../identity/acting-user.headers';
import { CaseImportReport } from './case-import.report';
import { CaseImportService } from './case-import.service';
import { IMPORT_COLUMNS } from './import-columns';

/** Over this multer answers 413 before the file reaches the service. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The part of multer's file this controller reads (the types of multer are not installed). */
interface UploadedCsv {
  readonly buffer: Buffer;
}

@ApiTags('cases')
@ACTING_USER_HEADERS
@Controller('cases')
export class CaseImportController {
  constructor(private readonly imports: CaseImportService) {}

  @Post('import')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
    description: `CSV, UTF-8, at most 2 MiB and 5000 rows; columns ${IMPORT_COLUMNS.join(', ')}`,
  })
  @ApiOkResponse({ type: CaseImportReport })
  @ApiOperation({ summary: 'Register hazards in bulk from a CSV file; re-importing is safe' })
  import(@UploadedFile() file: UploadedCsv | undefined, @ActingUser() actor: Actor) {
    return this.imports.import(file?.buffer, actor);
  }
}
