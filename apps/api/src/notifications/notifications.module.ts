import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { NotificationsAdminController } from './admin/notifications-admin.controller';
import { InboxController } from './inbox/inbox.controller';
import { InboxEventsService } from './inbox/inbox-events.service';
import { InboxService } from './inbox/inbox.service';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsAdminService } from './notifications-admin.service';

/** Issue 10: the inbox and its bell, preferences, and what administrators do about delivery. */
@Module({
  imports: [PersistenceModule],
  controllers: [InboxController, NotificationsAdminController],
  providers: [
    InboxService,
    InboxEventsService,
    NotificationPreferencesService,
    NotificationsAdminService,
  ],
})
export class NotificationsModule {}
