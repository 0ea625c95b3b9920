import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DEPARTMENT_CODES } from '@firecase/domain';
import { TEMPLATE_KINDS } from '@firecase/notifications';
import { UserView } from '../../admin/dto/user.view';
import { Permit } from '../../authz/permit.decorator';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { ApiCodeParam, ApiSerialIdParam, ApiUuidParam } from '../../openapi/api-params.decorator';
import { UserContactDto } from '../dto/contact.dto';
import { DepartmentLeaderDto } from '../dto/department-leader.dto';
import { InboxQuery, LimitQuery } from '../dto/inbox.query';
import { TemplatePreviewDto } from '../dto/preferences.dto';
import { DeliveryRecordView } from '../delivery-record.view';
import { NotificationsAdminService } from '../notifications-admin.service';
import {
  DepartmentLeaderView,
  FailedDeliveriesPageView,
  NotificationTemplatesView,
  TemplatePreviewView,
  UndeliverableNotificationView,
} from './notifications-admin.view';

@ApiTags('admin')
@Permit('administer')
@Controller('admin')
export class NotificationsAdminController {
  constructor(private readonly admin: NotificationsAdminService) {}

  @Put('users/:id/contact')
  @ApiOperation({ summary: "Set a user's mobile phone and e-mail (null clears one)" })
  @ApiUuidParam('id')
  @ApiOkResponse({ type: UserView, description: 'the user, with the contact details now held' })
  @ApiErrors(404)
  setContact(@Param('id') id: string, @Body() body: UserContactDto) {
    return this.admin.setContact(id, body);
  }

  @Put('departments/:code/leader')
  @ApiOperation({ summary: 'Mark a supervisor of the department as its leader (责任领导)' })
  @ApiCodeParam('code', DEPARTMENT_CODES, 'a department set up; one not set up: 404')
  @ApiOkResponse({
    type: DepartmentLeaderView,
    description: 'set (400 when userId is not an enabled supervisor of the department)',
  })
  @ApiErrors(404)
  setLeader(@Param('code') code: string, @Body() body: DepartmentLeaderDto) {
    return this.admin.setLeader(code, body.userId);
  }

  @Get('notifications/undeliverable')
  @ApiOperation({ summary: 'The latest notifications that found nobody to tell, with the reason' })
  @ApiOkResponse({ type: [UndeliverableNotificationView], description: 'newest first' })
  undeliverable(@Query() query: LimitQuery) {
    return this.admin.undeliverable(query.limit);
  }

  @Get('notifications/deliveries/failed')
  @ApiOperation({ summary: "Failed and given-up deliveries with the provider's answer" })
  @ApiOkResponse({ type: FailedDeliveriesPageView })
  failed(@Query() query: InboxQuery) {
    return this.admin.failed(query.limit, query.cursor);
  }

  @Post('notifications/deliveries/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed delivery again now' })
  @ApiSerialIdParam('id')
  @ApiOkResponse({ type: DeliveryRecordView, description: 'queued again (status pending)' })
  @ApiErrors(404, 409)
  retry(@Param('id') id: string) {
    return this.admin.retry(id);
  }

  @Get('notifications/templates')
  @ApiOperation({ summary: 'Every notification template (zh-CN) and the delivery policy' })
  @ApiOkResponse({ type: NotificationTemplatesView })
  templates() {
    return this.admin.templates();
  }

  @Post('notifications/templates/:kind/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render a template with a case: title, text, SMS' })
  @ApiCodeParam('kind', TEMPLATE_KINDS, 'a notification kind')
  @ApiOkResponse({ type: TemplatePreviewView })
  @ApiErrors(404)
  preview(@Param('kind') kind: string, @Body() body: TemplatePreviewDto) {
    return this.admin.preview(kind, body.caseNumber);
  }
}
