import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface DepartmentRecord {
  readonly code: string;
  readonly name: string;
  /** 责任领导: the supervisor marked as the department's leader (alerted when cases go overdue). */
  readonly leaderUserId?: string | null;
}

export interface GridRecord {
  readonly code: string;
  readonly name: string;
}

export interface CommunityRecord {
  readonly code: string;
  readonly name: string;
  readonly grids: readonly GridRecord[];
}

/** Departments (科室), communities (村/社区) and their grids (网格). */
@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds the department unless its code exists; answers whether it was added. */
  async addDepartment(
    department: DepartmentRecord,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO department (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING code`,
      [department.code, department.name],
    );
    return rows.length > 0;
  }

  async departments(): Promise<DepartmentRecord[]> {
    return this.dataSource.query(
      `SELECT code, name, leader_user_id AS "leaderUserId" FROM department ORDER BY code`,
    );
  }

  /** Marks a user the department's leader; false when the department does not exist. */
  async setLeader(code: string, userId: string | null): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE department SET leader_user_id = $2 WHERE code = $1 RETURNING code`,
      [code, userId],
    );
    return rows.length > 0;
  }

  async departmentExists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM department WHERE code = $1`,
      [code],
    );
    return rows.length > 0;
  }

  /** Adds the community and any of its grids not there yet; answers whether the community is new. */
  async addCommunity(
    community: CommunityRecord,
    within: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return within.transaction(async (manager) => {
      const rows: unknown[] = await manager.query(
        `INSERT INTO community (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING code`,
        [community.code, community.name],
      );
      for (const grid of community.grids) {
        await manager.query(
          `INSERT INTO grid (community_code, code, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [community.code, grid.code, grid.name],
        );
      }
      return rows.length > 0;
    });
  }

  async communities(): Promise<CommunityRecord[]> {
    const rows: { code: string; name: string; grids: GridRecord[] }[] = await this.dataSource.query(
      `SELECT c.code, c.name,
              coalesce(json_agg(json_build_object('code', g.code, 'name', g.name) ORDER BY g.code)
                         FILTER (WHERE g.code IS NOT NULL), '[]') AS grids
         FROM community c LEFT JOIN grid g ON g.community_code = c.code
        GROUP BY c.code, c.name ORDER BY c.code`,
    );
    return rows;
  }

  async missingCommunities(codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM unnest($1::text[]) AS wanted(code)
        WHERE NOT EXISTS (SELECT 1 FROM community c WHERE c.code = wanted.code)`,
      [[...codes]],
    );
    return rows.map((row) => row.code);
  }
}
