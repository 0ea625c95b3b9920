import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DEFAULT_NOTIFICATION_POLICY } from '@firecase/notifications';
import {
  type NotificationPreference,
  NotificationPreferenceRepository,
} from '@firecase/persistence';

@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly preferences: NotificationPreferenceRepository) {}

  async of(userId: string) {
    return {
      mandatoryKinds: DEFAULT_NOTIFICATION_POLICY.mandatoryKinds,
      preferences: await this.preferences.of(userId),
    };
  }

  /** A mandatory kind cannot be switched off: 422 names it, and nothing is changed. */
  async set(userId: string, preferences: readonly NotificationPreference[]) {
    const mandatory = preferences.filter(
      (p) => !p.enabled && DEFAULT_NOTIFICATION_POLICY.mandatoryKinds.includes(p.kind),
    );
    if (mandatory.length > 0) {
      throw new UnprocessableEntityException(
        `preferences: ${[...new Set(mandatory.map((p) => p.kind))].join(', ')} cannot be switched off (mandatory)`,
      );
    }
    await this.preferences.set(userId, preferences);
    return this.of(userId);
  }
}
