import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { Page } from '../../api/api-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { pageOfQuery } from '../registers/register-query';
import { signedIn } from '../workspace-page';
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
  async show(
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const context = await signedIn(this.pages, request, response);
    const status = typeof query.status === 'string' && query.status in messagesNl.statuses ? query.status : undefined;
    const messages = answerOf(
      await context.api.get<Page<OutboxMessage>>('/outbox-messages', { ...pageOfQuery(query), status }),
    );
    sendPage(response, <MessagesPage context={context} messages={messages} status={status} />);
  }
}
