import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ExecuteCommandHandler } from '#application';
import type { LocalSigningKey, TokenVerifier } from '#auth';
import { DEFAULT_HTTP_CONFIG, type HttpConfig } from '#config';
import { EVENT_STORE } from '#event-store';
import type { Logger } from 'pino';
import { ReadModels } from '#projections';
import type { Storage } from '#runtime';
import type { ObservabilityConfig } from '#config';
import { AuthGuard } from './auth/auth.guard';
import { CommandRoleGuard } from './auth/command-role.guard';
import { TOKEN_VERIFIER } from './auth/auth.tokens';
import { CommandExecutor } from './commands/command-executor';
import { COMMAND_CONTROLLERS } from './commands/command-controllers';
import { rateLimiting } from './http/rate-limiting';
import { Metrics } from './observability/metrics';
import { observabilityParts } from './observability/observability';
import { PersonalDataAccessModule } from './personal-data-access/personal-data-access.module';
import { TimedEventStore } from './observability/timed-event-store';
import { QUERY_CONTROLLERS } from './read-models/query-controllers';
import { LOGGER, READ_MODELS } from './read-models/read-model.tokens';
import { STORAGE } from './storage.tokens';
import { WebModule } from './web/web.module';

export interface AppDependencies {
  readonly storage: Storage;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
  /** CORS, rate limits, proxies; the defaults when absent. */
  readonly http?: HttpConfig;
  /** The registry requests and appends are counted in; a fresh one when absent. */
  readonly metrics?: Metrics;
  readonly observability?: ObservabilityConfig;
  /** Present when the server signs its own tokens: the web sign-in page may then issue them. */
  readonly localSigningKey?: LocalSigningKey;
}

@Module({})
export class AppModule {
  /** The application wired to storage that is already open (and closed by its owner). */
  static register({
    storage,
    verifier,
    logger,
    http = DEFAULT_HTTP_CONFIG,
    metrics = new Metrics(),
    observability,
    localSigningKey,
  }: AppDependencies): DynamicModule {
    const rateLimit = rateLimiting(http);
    const watch = observabilityParts(metrics, observability);
    const providers: Provider[] = [
      { provide: STORAGE, useValue: storage },
      { provide: EVENT_STORE, useValue: new TimedEventStore(storage.eventStore, storage.eventStoreAdapter, metrics) },
      { provide: TOKEN_VERIFIER, useValue: verifier },
      { provide: LOGGER, useValue: logger },
      { provide: READ_MODELS, useValue: new ReadModels(storage.database) },
      // Order matters: how much you asked for, who you are, then whether your role may run this.
      rateLimit.guard,
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_GUARD, useClass: CommandRoleGuard },
      ExecuteCommandHandler,
      CommandExecutor,
      ...watch.providers,
    ];
    const controllers: Type[] = [...watch.controllers, ...COMMAND_CONTROLLERS, ...QUERY_CONTROLLERS];
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        rateLimit.module,
        ...watch.imports,
        PersonalDataAccessModule.register(storage),
        WebModule.register({ verifier, logger, localSigningKey }),
      ],
      controllers,
      providers,
    };
  }
}
