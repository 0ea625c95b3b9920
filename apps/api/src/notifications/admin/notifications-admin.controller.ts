import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permit } from '../../authz/permit.decorator';
import { UserContactDto } from '../dto/contact.dto';
import { DepartmentLeaderDto } from '../dto/department-leader.dto';
import { InboxQuery } from '../dto/inbox.query';
import { TemplatePreviewDto } from '../dto/preferences.dto';
import { NotificationsAdminService } from '../notifications-admin.service';

@ApiTags('admin')
@Permit('administer')
@Controller('admin')
export class NotificationsAdminController {
  constructor(private readonly admin: NotificationsAdminService) {}

  @Put('users/:id/contact')
  @ApiOperation({ summary: "Set a user's mobile phone and e-mail (null clears one)" })
  setContact(@Param('id') id: string, @Body() body: UserContactDto) {
    return this.admin.setContact(id, body);
  }

  @Put('departments/:code/leader')
  @ApiOperation({ summary: 'Mark a supervisor of the department as its leader (责任领导)' })
  setLeader(@Param('code') code: string, @Body() body: DepartmentLeaderDto) {
    return this.admin.setLeader(code, body.userId);
  }

  @Get('notifications/undeliverable')
  @ApiOperation({ summary: 'Notifications that found nobody to tell, with the reason' })
  undeliverable(@Query() query: InboxQuery) {
    return this.admin.undeliverable(query.limit);
  }

  @Get('notifications/deliveries/failed')
  @ApiOperation({ summary: "Failed and given-up deliveries with the provider's answer" })
  failed(@Query() query: InboxQuery) {
    return this.admin.failed(query.limit, query.cursor);
  }

  @Post('notifications/deliveries/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed delivery again now' })
  retry(@Param('id') id: string) {
    return this.admin.retry(id);
  }

  @Get('notifications/templates')
  @ApiOperation({ summary: 'Every notification template (zh-CN) and the delivery policy' })
  templates() {
    return this.admin.templates();
  }

  @Post('notifications/templates/:kind/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render a template with a case: title, text, SMS' })
  preview(@Param('kind') kind: string, @Body() body: TemplatePreviewDto) {
    return this.admin.preview(kind, body.caseNumber);
  }
}
