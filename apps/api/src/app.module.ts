import { Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { HealthController } from './health/health.controller';
import { STORAGE } from './storage.tokens';
import type { Storage } from '#runtime';

@Module({})
export class AppModule {
  /** The application wired to storage that is already open (and closed by its owner). */
  static register(storage: Storage): DynamicModule {
    return {
      module: AppModule,
      controllers: [HealthController],
      providers: [
        { provide: STORAGE, useValue: storage },
        { provide: EVENT_STORE, useValue: storage.eventStore },
      ],
    };
  }
}
