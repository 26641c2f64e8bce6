import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PersonalDataAccessLog } from '#privacy';
import type { Storage } from '#runtime';
import { ListPersonalDataAccessController } from './list-personal-data-access/list-personal-data-access.controller';
import { PersonalDataAccessInterceptor } from './personal-data-access.interceptor';
import { PERSONAL_DATA_ACCESS_LOG } from './personal-data-access.tokens';

/** Who was shown whose personal data: the log's writer on every answer, and its query. */
@Module({})
export class PersonalDataAccessModule {
  static register(storage: Pick<Storage, 'database'>): DynamicModule {
    return {
      module: PersonalDataAccessModule,
      controllers: [ListPersonalDataAccessController],
      providers: [
        { provide: PERSONAL_DATA_ACCESS_LOG, useValue: new PersonalDataAccessLog(storage.database) },
        { provide: APP_INTERCEPTOR, useClass: PersonalDataAccessInterceptor },
      ],
    };
  }
}
