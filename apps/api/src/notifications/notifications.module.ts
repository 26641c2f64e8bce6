import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Storage } from '#runtime';
import { STORAGE } from '../storage.tokens';
import { BearerContactInterceptor } from './bearer-contact.interceptor';
import { CouncilProposalFollowingController } from './following/council-proposal-following.controller';
import { TrajectoryFollowingController } from './following/trajectory-following.controller';
import { GetCouncilProposalFollowingController } from './get-following/get-council-proposal-following.controller';
import { GetTrajectoryFollowingController } from './get-following/get-trajectory-following.controller';
import { ListOutboxMessagesController } from './list-outbox-messages/list-outbox-messages.controller';
import { StopMailController } from './stop-mail.controller';

/**
 * The notifications' HTTP side: the residents' stop link, following, the admin's view of the
 * outbox, and the staff addresses bearer tokens bring.
 */
@Module({})
export class NotificationsModule {
  static register(storage: Storage): DynamicModule {
    return {
      module: NotificationsModule,
      controllers: [
        StopMailController,
        ListOutboxMessagesController,
        TrajectoryFollowingController,
        CouncilProposalFollowingController,
        GetTrajectoryFollowingController,
        GetCouncilProposalFollowingController,
      ],
      providers: [
        { provide: STORAGE, useValue: storage },
        { provide: APP_INTERCEPTOR, useClass: BearerContactInterceptor },
      ],
    };
  }
}
