import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { OrganisationRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Permit } from '../../authz/permit.decorator';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { ApiUuidParam } from '../../openapi/api-params.decorator';
import { CaseImportJobView } from './case-import.report';
import { CaseImportService, MAX_IMPORT_ROWS, type UploadedImportFile } from './case-import.service';
import { importTemplate } from './import-template';

/** Over this multer answers 413 before the file reaches the service. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Imports of the office's hazard sheet. Registered before GET /cases/:caseNumber (LedgerModule
 * comes ahead of CasesModule), which would otherwise take `import` for a case number.
 */
@ApiTags('cases')
@Permit('importCases')
@Controller('cases/import')
export class CaseImportController {
  constructor(
    private readonly imports: CaseImportService,
    private readonly organisation: OrganisationRepository,
  ) {}

  @Post()
  @HttpCode(202)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1 },
      // Browsers send the file's name as UTF-8 (隐患台账.xlsx), not multer's default latin1.
      defParamCharset: 'utf8',
    }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
    description: `The office's sheet: XLSX, or CSV in UTF-8 (with or without BOM), GBK/GB18030 or UTF-16; at most 5 MiB and ${MAX_IMPORT_ROWS} rows. Columns by the office's headers (所属村（社区）, 隐患类别, …) or by their codes, in any order.`,
  })
  @ApiAcceptedResponse({
    type: CaseImportJobView,
    description: 'The job, queued; GET its Location for progress and each row’s outcome',
  })
  @ApiOperation({
    summary: 'Register hazards in bulk from the office’s XLSX or CSV sheet, in the background',
  })
  async start(
    @UploadedFile() file: UploadedImportFile | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseImportJobView> {
    const job = await this.imports.start(file, user);
    response.location(`/cases/import/jobs/${job.id}`);
    return job;
  }

  @Get('jobs')
  @ApiOkResponse({ type: [CaseImportJobView] })
  @ApiOperation({ summary: 'Your latest imports (at most 20), newest first, without their rows' })
  list(@CurrentUser() user: AuthenticatedUser): Promise<CaseImportJobView[]> {
    return this.imports.list(user);
  }

  @Get('jobs/:id')
  @ApiOkResponse({ type: CaseImportJobView })
  @ApiOperation({ summary: 'An import of yours: its progress and the outcome of each row so far' })
  @ApiUuidParam('id')
  @ApiErrors(404)
  job(
    @Param(
      'id',
      new ParseUUIDPipe({
        exceptionFactory: () => new BadRequestException('导入任务编号应为 UUID，如 POST 所答'),
      }),
    )
    id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CaseImportJobView> {
    return this.imports.view(id, user);
  }

  @Get('template.xlsx')
  @ApiOkResponse({
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiOperation({
    summary:
      'The import template: the columns, with drop-down lists of the catalogue and the organisation',
  })
  async template(@Res() response: Response): Promise<void> {
    const file = await importTemplate(await this.organisation.communities());
    response.attachment('隐患登记导入模板.xlsx');
    response.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.setHeader('Cache-Control', 'no-store');
    response.send(file);
  }
}
