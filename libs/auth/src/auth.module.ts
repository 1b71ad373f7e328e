import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard, TOKEN_VERIFIER } from './access.guard.js';
import type { AuthConfig } from './auth-config.js';
import { FailedAuthentications } from './failed-authentications.js';
import { createTokenVerifier } from './token-verifier.js';

/** Puts every endpoint of the app behind `AccessGuard`; the key is loaded (or generated) before the app listens. */
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: TOKEN_VERIFIER, useFactory: () => createTokenVerifier(config) },
        { provide: FailedAuthentications, useValue: new FailedAuthentications(config.failedAuthentications) },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
