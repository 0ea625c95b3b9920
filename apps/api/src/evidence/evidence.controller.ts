import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Res,
  type StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LogsRead } from '../authz/logs-read.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiUuidParam } from '../openapi/api-params.decorator';
import { evidenceDownload } from './evidence-download';
import { EVIDENCE_MEDIA_TYPES } from './evidence-media-type';
import { EvidenceMetadataDto } from './evidence-metadata.dto';
import { EvidenceUpload } from './evidence-upload.decorator';
import { EvidenceService } from './evidence.service';
import { type UploadedEvidenceFile, UploadEvidenceDto } from './upload-evidence.dto';

/** Photos and documents that case actions cite by `evidenceId`. */
@ApiTags('evidence')
@Controller('evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @EvidenceUpload()
  @Permit('uploadEvidence')
  @ApiOperation({
    summary:
      'Upload a photo or document; the same bytes again from the same user return 200 and their first record',
  })
  @ApiCreatedResponse({ type: EvidenceMetadataDto })
  @ApiOkResponse({ type: EvidenceMetadataDto, description: 'you uploaded these bytes before' })
  @ApiErrors(415)
  async upload(
    @UploadedFile() file: UploadedEvidenceFile | undefined,
    @Body() fields: UploadEvidenceDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EvidenceMetadataDto> {
    const { evidence, created } = await this.evidence.upload(file, fields, user);
    response.status(created ? 201 : 200).location(`/evidence/${evidence.evidenceId}`);
    return evidence;
  }

  @Get(':id')
  @Permit('readEvidence')
  @LogsRead('evidence.file')
  @ApiOperation({ summary: 'Download the evidence file as uploaded' })
  @ApiOkResponse({
    content: Object.fromEntries(
      EVIDENCE_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  @ApiUuidParam('id')
  @ApiErrors(404)
  async download(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return evidenceDownload(await this.evidence.file(id, user), response);
  }

  @Get(':id/metadata')
  @Permit('readEvidence')
  @LogsRead('evidence.metadata')
  @ApiOperation({ summary: 'What is known about an evidence file: hash, type, uploader, EXIF' })
  @ApiOkResponse({ type: EvidenceMetadataDto })
  @ApiUuidParam('id')
  @ApiErrors(404)
  metadata(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EvidenceMetadataDto> {
    return this.evidence.metadata(id, user);
  }
}
