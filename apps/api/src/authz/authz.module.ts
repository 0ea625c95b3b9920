import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PersistenceModule } from '@firecase/persistence';
import { AccessLogInterceptor } from './access-log.interceptor';

/** Access decisions and the access log of reads: applied to every endpoint by metadata. */
@Module({
  imports: [PersistenceModule],
  providers: [{ provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor }],
})
export class AuthzModule {}
