import { Module, type DynamicModule } from '@nestjs/common';
import type { Storage } from '#runtime';
import { STORAGE } from '../storage.tokens';
import { StopMailController } from './stop-mail.controller';

/** The notifications' HTTP side: the residents' stop link. */
@Module({})
export class NotificationsModule {
  static register(storage: Storage): DynamicModule {
    return {
      module: NotificationsModule,
      controllers: [StopMailController],
      providers: [{ provide: STORAGE, useValue: storage }],
    };
  }
}
