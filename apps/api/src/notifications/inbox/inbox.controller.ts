import {
  Body,
  Controller,
  Get,
  HttpCode,
  type MessageEvent,
  Param,
  Post,
  Put,
  Query,
  Sse,
} from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { concatMap, from, interval, map, merge, type Observable, startWith } from 'rxjs';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Permit } from '../../authz/permit.decorator';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { ApiSerialIdParam } from '../../openapi/api-params.decorator';
import { InboxQuery } from '../dto/inbox.query';
import { PreferencesDto } from '../dto/preferences.dto';
import { NotificationPreferencesService } from '../notification-preferences.service';
import { NotificationPreferencesView } from '../notification-preferences.view';
import { InboxEventsService } from './inbox-events.service';
import { InboxService } from './inbox.service';
import { InboxBellView, InboxPageView, MarkedAllReadView, UnreadCountView } from './inbox.view';

const HEARTBEAT_MS = 25_000;

/** My notifications (in-app inbox), the bell's event stream and my preferences. */
@ApiTags('notifications')
@Permit('readInbox')
@Controller('notifications')
export class InboxController {
  constructor(
    private readonly inbox: InboxService,
    private readonly events: InboxEventsService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first (keyset pages: cursor = nextCursor)' })
  @ApiOkResponse({ type: InboxPageView })
  page(@CurrentUser() user: AuthenticatedUser, @Query() query: InboxQuery) {
    return this.inbox.page(user.id, query.limit, query.cursor);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread' })
  @ApiOkResponse({ type: UnreadCountView })
  unread(@CurrentUser() user: AuthenticatedUser) {
    return this.inbox.unread(user.id);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: MarkedAllReadView })
  markAllRead(@CurrentUser() user: AuthenticatedUser) {
    return this.inbox.markAllRead(user.id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiSerialIdParam('id')
  @ApiOkResponse({ type: UnreadCountView, description: 'how many are still unread' })
  @ApiErrors(404)
  markRead(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.inbox.markRead(user.id, id);
  }

  @Sse('stream')
  @ApiOperation({
    summary: "Server-sent events for the console's bell: {unread, latest} now and on each new item",
  })
  @ApiExtraModels(InboxBellView)
  @ApiOkResponse({
    description: `An endless stream: an \`inbox\` event at once and on each new item, its data an InboxBellView (${getSchemaPath(InboxBellView)}) as JSON; a \`ping\` event every ${HEARTBEAT_MS / 1000} s.`,
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  stream(@CurrentUser() user: AuthenticatedUser): Observable<MessageEvent> {
    const bell = this.events.forUser(user.id).pipe(
      startWith(user.id),
      concatMap(() => from(this.inbox.bell(user.id))),
      map((data): MessageEvent => ({ type: 'inbox', data })),
    );
    const heartbeat = interval(HEARTBEAT_MS).pipe(
      map((): MessageEvent => ({ type: 'ping', data: '' })),
    );
    return merge(bell, heartbeat);
  }

  @Get('preferences')
  @ApiOperation({ summary: 'My e-mail/SMS switches per kind (a kind without one is on)' })
  @ApiOkResponse({ type: NotificationPreferencesView })
  getPreferences(@CurrentUser() user: AuthenticatedUser) {
    return this.preferences.of(user.id);
  }

  @Put('preferences')
  @ApiOperation({ summary: 'Switch e-mail or SMS off (or on) per kind; mandatory kinds stay on' })
  @ApiOkResponse({ type: NotificationPreferencesView, description: 'my switches now' })
  @ApiErrors(422)
  setPreferences(@CurrentUser() user: AuthenticatedUser, @Body() body: PreferencesDto) {
    return this.preferences.set(user.id, body.preferences);
  }
}
