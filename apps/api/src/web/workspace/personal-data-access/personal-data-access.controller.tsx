import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { Page } from '../../api/api-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { pageOfQuery, searchText } from '../registers/register-query';
import { signedIn } from '../workspace-page';
import {
  PersonalDataAccessPage,
  PERSONAL_DATA_ACCESS_PATH,
  type PersonalDataAccess,
} from './personal-data-access.page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who was shown whose personal data (ListPersonalDataAccess). The API decides who may read it
 * (admin, data protection officer; 403 for anyone else) and within which municipalities.
 */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller(PERSONAL_DATA_ACCESS_PATH.slice(1))
export class PersonalDataAccessPageController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get()
  async show(
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const context = await signedIn(this.pages, request, response);
    const asked = searchText(query.persoon);
    const valid = asked === undefined || UUID.test(asked);
    const accesses = answerOf(
      await context.api.get<Page<PersonalDataAccess>>('/personal-data-access', {
        ...pageOfQuery(query),
        ...(valid && asked !== undefined ? { personId: asked } : {}),
      }),
    );
    sendPage(response, <PersonalDataAccessPage context={context} accesses={accesses} person={{ asked, valid }} />);
  }
}
