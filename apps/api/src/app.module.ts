import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ExecuteCommandHandler } from '#application';
import type { LocalSigningKey, TokenVerifier } from '#auth';
import { EVENT_STORE } from '#event-store';
import type { Logger } from 'pino';
import { ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { AuthGuard } from './auth/auth.guard';
import { CommandRoleGuard } from './auth/command-role.guard';
import { TOKEN_VERIFIER } from './auth/auth.tokens';
import { CommandExecutor } from './commands/command-executor';
import { COMMAND_CONTROLLERS } from './commands/command-controllers';
import { HealthController } from './health/health.controller';
import { ProjectionRunnerService } from './read-models/projection-runner.service';
import { QUERY_CONTROLLERS } from './read-models/query-controllers';
import { LOGGER, READ_MODELS } from './read-models/read-model.tokens';
import { STORAGE } from './storage.tokens';
import { WebModule } from './web/web.module';

export interface AppDependencies {
  readonly storage: Storage;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
  /** Present when the server signs its own tokens: the web sign-in page may then issue them. */
  readonly localSigningKey?: LocalSigningKey;
}

@Module({})
export class AppModule {
  /** The application wired to storage that is already open (and closed by its owner). */
  static register({ storage, verifier, logger, localSigningKey }: AppDependencies): DynamicModule {
    const providers: Provider[] = [
      { provide: STORAGE, useValue: storage },
      { provide: EVENT_STORE, useValue: storage.eventStore },
      { provide: TOKEN_VERIFIER, useValue: verifier },
      { provide: LOGGER, useValue: logger },
      { provide: READ_MODELS, useValue: new ReadModels(storage.database) },
      ProjectionRunnerService,
      // Order matters: who you are, then whether your role may run this at all.
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_GUARD, useClass: CommandRoleGuard },
      ExecuteCommandHandler,
      CommandExecutor,
    ];
    const controllers: Type[] = [HealthController, ...COMMAND_CONTROLLERS, ...QUERY_CONTROLLERS];
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot(), WebModule.register({ verifier, logger, localSigningKey })],
      controllers,
      providers,
    };
  }
}
