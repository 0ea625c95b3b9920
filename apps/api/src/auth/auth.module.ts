import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PersistenceModule } from '@firecase/persistence';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginRateLimit } from './login-rate-limit';

/** Sign-in, tokens, and the guard in front of every endpoint. */
@Module({
  imports: [PersistenceModule],
  controllers: [AuthController],
  providers: [AuthService, LoginRateLimit, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
