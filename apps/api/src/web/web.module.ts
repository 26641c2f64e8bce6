import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule, type Type } from '@nestjs/common';
import type { Logger } from 'pino';
import type { TokenVerifier } from '#auth';
import { TOKEN_VERIFIER } from '../auth/auth.tokens';
import { LOGGER } from '../read-models/read-model.tokens';
import { AssetsController } from './assets/assets.controller';
import { EvaluationController } from './dashboard/evaluation.controller';
import { PageContextFactory } from './page/page-context';
import { WebErrorFilter } from './page/web-error.filter';
import { CouncilProposalController } from './public/council-proposal/council-proposal.controller';
import { CouncilReportController } from './public/council-report/council-report.controller';
import { LandingController } from './public/landing/landing.controller';
import { MunicipalityController } from './public/municipality/municipality.controller';
import { OpenDataPageController } from './public/open-data/open-data.controller';
import { PUBLIC_READS, type PublicReads } from './public/public-reads';
import { TrajectoryController } from './public/trajectory/trajectory.controller';
import { SessionMiddleware } from './session/session.middleware';
import { WEB_SIGN_IN, type WebSignIn } from './session/web-sign-in';
import { SessionsAdminController } from './sign-in/sessions-admin.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { AgendaController } from './workspace/agenda/agenda.controller';
import { BodiesController } from './workspace/organen/organen.controller';
import { PersonalDataAccessPageController } from './workspace/personal-data-access/personal-data-access.controller';
import { MessagesPageController } from './workspace/messages/messages.controller';
import { PilotsController } from './workspace/pilots/pilots.controller';
import { RegistersController } from './workspace/registers/registers.controller';
import { WorkspaceController } from './workspace/register/workspace.controller';
import { DeadlinesController } from './workspace/termijnen/termijnen.controller';
import { SignalFormsController } from './workspace/signal-forms.controller';
import { TableFormsController } from './workspace/table-forms.controller';
import { TrajectoryFormsController } from './workspace/trajectory-forms.controller';
import { AdminFormsController } from './workspace/admin-forms.controller';
import { AgendaAndPilotFormsController } from './workspace/agenda-and-pilot-forms.controller';
import { BodyFormsController } from './workspace/body-forms.controller';
import { UploadDocumentController } from './workspace/upload-document/upload-document.controller';
import { DOCUMENT_UPLOAD_LIMIT } from './workspace/upload-document/upload-limit';

const WEB_CONTROLLERS: Type[] = [
  AssetsController,
  LandingController,
  MunicipalityController,
  TrajectoryController,
  CouncilProposalController,
  CouncilReportController,
  OpenDataPageController,
  SignInController,
  SessionsAdminController,
  WorkspaceController,
  SignalFormsController,
  TableFormsController,
  TrajectoryFormsController,
  BodyFormsController,
  AgendaAndPilotFormsController,
  AdminFormsController,
  UploadDocumentController,
  EvaluationController,
  RegistersController,
  DeadlinesController,
  BodiesController,
  PersonalDataAccessPageController,
  MessagesPageController,
  AgendaController,
  PilotsController,
];

export interface WebDependencies {
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
  readonly signIn: WebSignIn;
  /** The most bytes a document upload may have: the document vault's limit. */
  readonly documentMaxBytes: number;
  /** The public trajectory pages' reads, answered in this process. */
  readonly publicReads: PublicReads;
}

/**
 * The Dutch web pages at `/`: the public council view, the workspace and the evaluators'
 * dashboard, server-rendered with preact as a client of the JSON API (ADR 13).
 */
@Module({})
export class WebModule implements NestModule {
  /** `signIn.localSigningKey` is present when the server signs its own tokens (the embedded default). */
  static register({ verifier, logger, signIn, documentMaxBytes, publicReads }: WebDependencies): DynamicModule {
    return {
      module: WebModule,
      controllers: WEB_CONTROLLERS,
      providers: [
        PageContextFactory,
        WebErrorFilter,
        { provide: TOKEN_VERIFIER, useValue: verifier },
        { provide: LOGGER, useValue: logger },
        { provide: WEB_SIGN_IN, useValue: signIn },
        { provide: DOCUMENT_UPLOAD_LIMIT, useValue: documentMaxBytes },
        { provide: PUBLIC_READS, useValue: publicReads },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // One middleware, cookies and session: each is mounted once per web route (ADR 45).
    consumer.apply(SessionMiddleware).forRoutes(...WEB_CONTROLLERS);
  }
}
