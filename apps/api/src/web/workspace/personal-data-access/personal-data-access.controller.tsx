import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import { PageContextFactory } from '../../page/page-context';
import { WebErrorFilter } from '../../page/web-error.filter';
import { showAdminList } from '../admin-list/admin-list';
import { searchText } from '../registers/register-query';
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
  show(@Req() request: Request, @Res() response: Response): Promise<void> {
    return showAdminList<PersonalDataAccess, { asked: string | undefined; valid: boolean }>(
      this.pages,
      request,
      response,
      {
        apiPath: '/personal-data-access',
        filterOf: (query) => {
          const asked = searchText(query.persoon);
          return { asked, valid: asked === undefined || UUID.test(asked) };
        },
        apiQueryOf: ({ asked, valid }) => (valid && asked !== undefined ? { personId: asked } : {}),
        render: (context, accesses, person) => (
          <PersonalDataAccessPage context={context} accesses={accesses} person={person} />
        ),
      },
    );
  }
}
