import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listOutboxMessages } from '#notifications';
import type { Storage } from '#runtime';
import { ShowsNoPersonalData } from '../../personal-data-access/personal-data-access.interceptor';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { ListOutboxMessagesQueryDto } from './list-outbox-messages.query.dto';
import { OutboxMessageListDto, presentOutboxMessage } from './list-outbox-messages.response.dto';
import { ensureMayReadOutbox, outboxQuery } from './outbox-query';

@ApiTags('notifications')
@Controller('outbox-messages')
export class ListOutboxMessagesController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  /** The outbox is written by the notifications, not projected from events: `minPosition` is always met. */
  @Get()
  @ShowsNoPersonalData()
  @QueryOperation({
    operationId: 'ListOutboxMessages',
    summary:
      "The mails about the caller's municipalities, newest first, with status, attempts and last error (admin only)",
    type: OutboxMessageListDto,
  })
  async listOutboxMessages(
    @Query() query: ListOutboxMessagesQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<OutboxMessageListDto> {
    ensureMayReadOutbox(caller);
    const page = await listOutboxMessages(this.storage.database, outboxQuery(query, caller));
    return { ...page, items: page.items.map(presentOutboxMessage) };
  }
}
