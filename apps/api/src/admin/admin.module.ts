import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { OrganisationAdminController } from './organisation-admin.controller';
import { OrganisationAdminService } from './organisation-admin.service';
import { UserAdminService } from './user-admin.service';
import { UsersAdminController } from './users-admin.controller';

@Module({
  imports: [PersistenceModule, AuditLogModule],
  controllers: [UsersAdminController, OrganisationAdminController],
  providers: [UserAdminService, OrganisationAdminService],
})
export class AdminModule {}
