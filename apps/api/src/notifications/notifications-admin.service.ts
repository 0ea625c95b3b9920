import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { AppConfig } from '@firecase/config';
import type { CaseView } from '@firecase/contract';
import {
  caseTemplateParams,
  DEFAULT_NOTIFICATION_POLICY,
  renderNotification,
  TEMPLATE_KINDS,
  templateOf,
} from '@firecase/notifications';
import {
  CaseSnapshotRepository,
  DeliveryLogRepository,
  OrganisationRepository,
  UserRepository,
} from '@firecase/persistence';
import type { UserContactDto } from './dto/contact.dto';

/** What administrators do about notifications: contacts, leaders, failures, templates. */
@Injectable()
export class NotificationsAdminService {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly organisation: OrganisationRepository,
    private readonly deliveries: DeliveryLogRepository,
    private readonly cases: CaseSnapshotRepository,
  ) {}

  async setContact(id: string, dto: UserContactDto) {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundException(`user ${id} not found`);
    const updated = await this.users.setContact(id, {
      mobilePhone: dto.mobilePhone === undefined ? user.mobilePhone : dto.mobilePhone,
      email: dto.email === undefined ? user.email : dto.email,
    });
    return updated!;
  }

  /** 责任领导 must be an enabled supervisor of that very department. */
  async setLeader(code: string, userId: string) {
    if (!(await this.organisation.departmentExists(code))) {
      throw new NotFoundException(`department ${code} is not set up`);
    }
    const user = await this.users.findById(userId);
    if (!user || user.disabled || user.role !== 'supervisor' || user.departmentCode !== code) {
      throw new BadRequestException(`userId: ${userId} is not an enabled supervisor of ${code}`);
    }
    await this.organisation.setLeader(code, userId);
    return { code, leaderUserId: userId, leaderName: user.displayName };
  }

  undeliverable(limit: number) {
    return this.deliveries.undeliverable(limit);
  }

  async failed(limit: number, cursor?: string) {
    const items = await this.deliveries.failed(limit, cursor);
    return { items, nextCursor: items.length === limit ? items[items.length - 1].id : null };
  }

  async retry(id: string) {
    const retried = await this.deliveries.retry(id);
    if (retried) return retried;
    const existing = await this.deliveries.find(id);
    if (!existing) throw new NotFoundException(`delivery ${id} not found`);
    throw new ConflictException(
      `delivery ${id} is ${existing.status}: only failed ones are retried`,
    );
  }

  templates() {
    const policy = DEFAULT_NOTIFICATION_POLICY;
    return {
      policyVersion: policy.version,
      quietHours: policy.quietHours,
      templates: TEMPLATE_KINDS.map((kind) => ({
        kind,
        ...templateOf(kind)!,
        urgent: policy.urgentKinds.includes(kind),
        mandatory: policy.mandatoryKinds.includes(kind),
      })),
    };
  }

  async preview(kind: string, caseNumber: string) {
    if (!templateOf(kind)) throw new NotFoundException(`no template for kind ${kind}`);
    const view = (await this.cases.view(caseNumber)) as CaseView | undefined;
    if (!view) throw new NotFoundException(`case ${caseNumber} not found`);
    const signName = this.config.notifications.sms?.signName ?? '太白街道';
    return {
      kind,
      caseNumber,
      ...renderNotification(kind, caseTemplateParams(view.state), signName)!,
    };
  }
}
