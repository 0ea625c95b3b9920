import {
  type CallHandler,
  type ExecutionContext,
  InternalServerErrorException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { firstValueFrom, of, defer } from 'rxjs';
import type { AccessLogEntry, AccessLogRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AccessLogInterceptor } from './access-log.interceptor';
import { LogsRead } from './logs-read.decorator';
import { Permit } from './permit.decorator';

class Endpoints {
  @Permit('readCase')
  @LogsRead('case.detail')
  detail() {}

  @Permit('readLedger')
  @LogsRead('ledger.query', { except: ['officer'] })
  ledger() {}

  @Permit('exportLedger')
  @LogsRead('ledger.export.csv', { before: true })
  exportCsv() {}

  @Permit('readCase')
  forgotten() {}

  @Permit('openCase')
  notARead() {}
}

const supervisor: AuthenticatedUser = {
  id: 'b1f0c6d2-0000-4000-8000-000000000001',
  username: 'supervisor.zhang',
  displayName: 'Zhang Min',
  role: 'supervisor',
  departmentCode: 'planning_environment',
  communityCodes: [],
};

function setUp(append: (entry: AccessLogEntry) => Promise<void> = async () => undefined) {
  const events: string[] = [];
  const log = {
    append: async (entry: AccessLogEntry) => {
      events.push(`log ${entry.action} ${entry.subject} ${entry.caseNumber ?? '-'}`);
      await append(entry);
    },
  };
  const interceptor = new AccessLogInterceptor(
    new Reflector(),
    log as unknown as AccessLogRepository,
  );
  const call = async (handler: keyof Endpoints, user: AuthenticatedUser = supervisor) => {
    const request = {
      user,
      params: { caseNumber: 'TB-2026-000007' },
      originalUrl: '/cases/TB-2026-000007',
    };
    const context = {
      getType: () => 'http',
      getHandler: () => Endpoints.prototype[handler],
      getClass: () => Endpoints,
      switchToHttp: () => ({ getRequest: () => request }),
    } as unknown as ExecutionContext;
    const next: CallHandler = {
      handle: () => defer(() => (events.push('handler'), of('the answer'))),
    };
    return firstValueFrom(interceptor.intercept(context, next));
  };
  return { call, events };
}

describe(AccessLogInterceptor.name, () => {
  it('logs who read what once the answer is ready, before it is sent', async () => {
    const { call, events } = setUp();
    await expect(call('detail')).resolves.toBe('the answer');
    expect(events).toEqual(['handler', 'log case.detail /cases/TB-2026-000007 TB-2026-000007']);
  });

  it('fails the read when its log cannot be written: nothing unlogged goes out', async () => {
    const { call } = setUp(() => Promise.reject(new Error('database down')));
    await expect(call('detail')).rejects.toThrow('database down');
  });

  it('leaves out the roles an endpoint excepts, and logs streamed exports first', async () => {
    const officer = { ...supervisor, role: 'officer' as const };
    const first = setUp();
    await first.call('ledger', officer);
    expect(first.events).toEqual(['handler']);
    const second = setUp();
    await second.call('exportCsv');
    expect(second.events).toEqual([
      'log ledger.export.csv /cases/TB-2026-000007 TB-2026-000007',
      'handler',
    ]);
  });

  it('answers 500 for a read of case data nobody marked, and lets other endpoints be', async () => {
    const { call, events } = setUp();
    await expect(call('forgotten')).rejects.toThrow(InternalServerErrorException);
    await expect(call('notARead')).resolves.toBe('the answer');
    expect(events).toEqual(['handler']);
  });
});
