import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ExecuteCommandHandler } from '#application';
import { pageTokens, type LocalSigningKey, type OidcSignIn, type TokenVerifier } from '#auth';
import { DEFAULT_HTTP_CONFIG, DEFAULT_SESSION_LIMITS, type HttpConfig } from '#config';
import { EVENT_STORE } from '#event-store';
import type { Logger } from 'pino';
import { ReadModels, RememberedAnswers } from '#projections';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '#documents';
import { PostgresSessions } from '#sessions';
import { RecipientDirectory } from '#notifications';
import type { Storage } from '#runtime';
import type { ObservabilityConfig } from '#config';
import { AuthGuard } from './auth/auth.guard';
import { isCurrentBodyMember } from './auth/body-membership';
import { pageAwareVerifier } from './auth/page-aware-verifier';
import { SESSION_CLOCK, SESSIONS } from './auth/sessions/sessions.tokens';
import { ListUserSessionsController } from './auth/sessions/list-user-sessions.controller';
import { RevokeSessionController } from './auth/sessions/revoke-session.controller';
import { CommandRoleGuard } from './auth/command-role.guard';
import { TOKEN_VERIFIER } from './auth/auth.tokens';
import { CommandExecutor } from './commands/command-executor';
import { COMMAND_CONTROLLERS } from './commands/command-controllers';
import { DOCUMENT_CONTROLLERS } from './documents/documents.controllers';
import { documentProviders, type DocumentsConfig } from './documents/documents.providers';
import { rateLimiting } from './http/rate-limiting';
import { Metrics } from './observability/metrics';
import { observabilityParts } from './observability/observability';
import { TimedEventStore } from './observability/timed-event-store';
import { publicReads } from './read-models/public-reads';
import { QUERY_CONTROLLERS } from './read-models/query-controllers';
import { LOGGER, READ_MODELS } from './read-models/read-model.tokens';
import { STORAGE } from './storage.tokens';
import { NotificationsModule } from './notifications/notifications.module';
import { PersonalDataAccessModule } from './personal-data-access/personal-data-access.module';
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
  /** The pages' sign-in: provider, sessions' limits, cookies; the embedded default's when absent. */
  readonly signIn?: SignInDependencies;
  /** Where documents are kept and how large they may be; PostgreSQL and 20 MB when absent. */
  readonly documents?: DocumentsConfig;
}

export interface SignInDependencies {
  readonly oidc?: OidcSignIn;
  readonly publicUrl?: string;
  readonly secureCookies?: boolean;
  readonly sessionLimits?: { readonly idleMs: number; readonly absoluteMs: number };
  /** The clock sessions are judged by; the system's when absent. */
  readonly now?: () => Date;
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
    signIn = {},
    documents,
  }: AppDependencies): DynamicModule {
    const rateLimit = rateLimiting(http);
    const readModels = new ReadModels(storage.database, {
      ...(storage.readModelChanges
        ? {
            answers: new RememberedAnswers(storage.readModelChanges, {
              onAnswer: (outcome) => metrics.readModelAnswers.inc({ outcome }),
            }),
          }
        : {}),
    });
    const now = signIn.now ?? (() => new Date());
    const sessions = new PostgresSessions(storage.database, signIn.sessionLimits ?? DEFAULT_SESSION_LIMITS);
    // Pages call the API on behalf of their session with tokens only this process can make.
    const pages = pageTokens();
    const tokenVerifier = pageAwareVerifier(verifier, pages.verifier);
    const watch = observabilityParts(metrics, observability);
    const providers: Provider[] = [
      { provide: STORAGE, useValue: storage },
      { provide: EVENT_STORE, useValue: new TimedEventStore(storage.eventStore, storage.eventStoreAdapter, metrics) },
      { provide: TOKEN_VERIFIER, useValue: tokenVerifier },
      { provide: LOGGER, useValue: logger },
      { provide: READ_MODELS, useValue: readModels },
      { provide: SESSIONS, useValue: sessions },
      { provide: SESSION_CLOCK, useValue: now },
      // Order matters: how much you asked for, who you are, then whether your role may run this.
      rateLimit.guard,
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_GUARD, useClass: CommandRoleGuard },
      ExecuteCommandHandler,
      CommandExecutor,
      ...watch.providers,
      ...documentProviders(storage, documents),
    ];
    const controllers: Type[] = [
      ...watch.controllers,
      ...COMMAND_CONTROLLERS,
      ...QUERY_CONTROLLERS,
      ListUserSessionsController,
      RevokeSessionController,
      ...DOCUMENT_CONTROLLERS,
    ];
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        rateLimit.module,
        ...watch.imports,
        PersonalDataAccessModule.register(storage),
        NotificationsModule.register(storage),
        WebModule.register({
          verifier: tokenVerifier,
          logger,
          documentMaxBytes: documents?.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
          publicReads: publicReads(readModels, storage),
          signIn: {
            sessions,
            pageTokens: pages,
            secureCookies: signIn.secureCookies ?? false,
            publicUrl: signIn.publicUrl ?? 'http://localhost:3000',
            oidc: signIn.oidc,
            localSigningKey,
            isCurrentBodyMember: (principal) => isCurrentBodyMember(readModels, principal),
            rememberSignedIn: (principal, contact) =>
              new RecipientDirectory(storage.database).rememberSignedIn({
                sub: principal.id,
                ...contact,
                roles: principal.roles,
              }),
            now,
          },
        }),
      ],
      controllers,
      providers,
    };
  }
}
