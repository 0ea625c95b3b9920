import { BadRequestException, Injectable } from '@nestjs/common';
import { CASE_NUMBER_PATTERN } from '@firecase/contract';
import {
  HazardCaseLedgerRepository,
  type LedgerCursor,
  type LedgerRow,
} from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { caseScopeOf } from '../authz/case-scope';
import type { ListCasesQuery } from './dto/list-cases.query';
import { isInstant } from './dto/validation.decorators';

export interface LedgerPage {
  readonly items: readonly LedgerRow[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/** The hazard ledger (隐患台账) from the read model the case workflows keep. */
@Injectable()
export class CaseLedgerService {
  constructor(private readonly ledger: HazardCaseLedgerRepository) {}

  /** Only the cases the user's scope reaches: other departments' rows are silently left out. */
  async list(query: ListCasesQuery, user: AuthenticatedUser): Promise<LedgerPage> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const rows = await this.ledger.list(
      {
        status: query.status,
        category: query.category,
        severity: query.severity,
        department: query.department,
        community: query.community,
        grid: query.grid,
        overdue: query.overdue,
        provisional: query.provisional,
        dueBefore: query.dueBefore,
        dueAfter: query.dueAfter,
        text: query.q,
        scope: caseScopeOf(user),
      },
      query.limit + 1,
      after,
    );
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return rows.length > query.limit && last
      ? {
          items,
          nextCursor: encodeCursor({ nextDueAt: last.nextDueAt, caseNumber: last.caseNumber }),
        }
      : { items };
  }
}

function encodeCursor(cursor: LedgerCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): LedgerCursor {
  try {
    const value = JSON.parse(
      Buffer.from(text, 'base64url').toString('utf8'),
    ) as Partial<LedgerCursor>;
    // Both go into SQL as bound values: a forged cursor must not reach PostgreSQL as a bad date.
    if (
      typeof value.caseNumber === 'string' &&
      CASE_NUMBER_PATTERN.test(value.caseNumber) &&
      (value.nextDueAt === null || isInstant(value.nextDueAt))
    ) {
      return { caseNumber: value.caseNumber, nextDueAt: value.nextDueAt };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadRequestException('cursor is not a cursor this API returned');
}
