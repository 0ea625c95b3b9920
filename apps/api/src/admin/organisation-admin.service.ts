import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrganisationRepository } from '@firecase/persistence';
import { AdminLogService } from '../audit-log/admin-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { CreateCommunityDto, CreateDepartmentDto } from './dto/organisation.dto';

/**
 * Departments (科室), communities (村/社区) and grids (网格); adding one twice changes nothing and
 * logs nothing, adding a new one is an admin-log entry in the same transaction.
 */
@Injectable()
export class OrganisationAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisation: OrganisationRepository,
    private readonly adminLog: AdminLogService,
  ) {}

  departments() {
    return this.organisation.departments();
  }

  communities() {
    return this.organisation.communities();
  }

  async addDepartment(department: CreateDepartmentDto, actor: AuthenticatedUser) {
    const created = await this.dataSource.transaction(async (manager) => {
      const added = await this.organisation.addDepartment(department, manager);
      if (added) {
        await this.adminLog.recordAdminAction(
          actor,
          'department.created',
          { kind: 'department', id: department.code },
          { name: department.name },
          manager,
        );
      }
      return added;
    });
    return { ...department, created };
  }

  async addCommunity(community: CreateCommunityDto, actor: AuthenticatedUser) {
    const created = await this.dataSource.transaction(async (manager) => {
      const added = await this.organisation.addCommunity(community, manager);
      if (added) {
        await this.adminLog.recordAdminAction(
          actor,
          'community.created',
          { kind: 'community', id: community.code },
          { name: community.name, grids: community.grids.map((grid) => grid.code) },
          manager,
        );
      }
      return added;
    });
    return { ...community, created };
  }
}
