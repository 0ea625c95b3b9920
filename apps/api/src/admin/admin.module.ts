import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { OrganisationAdminController } from './organisation-admin.controller';
import { UserAdminService } from './user-admin.service';
import { UsersAdminController } from './users-admin.controller';

@Module({
  imports: [PersistenceModule],
  controllers: [UsersAdminController, OrganisationAdminController],
  providers: [UserAdminService],
})
export class AdminModule {}
