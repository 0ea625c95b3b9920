import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PersistenceModule } from '@firecase/persistence';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginRateLimit } from './login-rate-limit';
import { OidcController } from './oidc/oidc.controller';
import { OidcSignIn } from './oidc/oidc-sign-in.service';

/** Sign-in (local passwords, an OpenID Connect provider), tokens, and the guard in front of every endpoint. */
@Module({
  imports: [PersistenceModule],
  controllers: [AuthController, OidcController],
  providers: [AuthService, OidcSignIn, LoginRateLimit, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
