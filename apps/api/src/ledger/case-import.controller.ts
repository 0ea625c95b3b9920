import { Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
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
@Permit('importCases')
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
  import(@UploadedFile() file: UploadedCsv | undefined, @CurrentUser() user: AuthenticatedUser) {
    return this.imports.import(file?.buffer, user);
  }
}
