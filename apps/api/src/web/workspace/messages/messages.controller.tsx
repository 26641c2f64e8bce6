import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import { PageContextFactory } from '../../page/page-context';
import { WebErrorFilter } from '../../page/web-error.filter';
import { showAdminList } from '../admin-list/admin-list';
import { MessagesPage, MESSAGES_PATH, type OutboxMessage } from './messages.page';
import { messagesNl } from './messages.text.nl';

/**
 * The mails the notifications wrote (ListOutboxMessages), for the admin: on the embedded
 * default without SMTP_URL they are kept, and this is where a newcomer reads them. The API
 * decides who may (admin; 403 for anyone else).
 */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller(MESSAGES_PATH.slice(1))
export class MessagesPageController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get()
  show(@Req() request: Request, @Res() response: Response): Promise<void> {
    return showAdminList<OutboxMessage, string | undefined>(this.pages, request, response, {
      apiPath: '/outbox-messages',
      filterOf: (query) =>
        typeof query.status === 'string' && query.status in messagesNl.statuses ? query.status : undefined,
      apiQueryOf: (status) => ({ status }),
      render: (context, messages, status) => <MessagesPage context={context} messages={messages} status={status} />,
    });
  }
}
