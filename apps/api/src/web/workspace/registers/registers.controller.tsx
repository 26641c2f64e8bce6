import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { Page, SignalSummary, TableSummary } from '../../api/api-types';
import type { CouncilProposalSummary, Dispute, RegisterAdvice } from '../../api/record-types';
import type { FilterField } from '../../components/filter-form';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { loadMunicipalities } from '../../public/municipalities';
import { recordsText } from '../records/records-layout';
import { signedIn } from '../workspace-page';
import { AdviceRegisterPage } from './advice-register.page';
import { DisputesPage } from './disputes.page';
import { ProposalsPage } from './proposals.page';
import { oneOf, pageOfQuery, queryOf, searchText } from './register-query';
import { SignalsRegisterPage, TablesRegisterPage } from './signals-register.page';

const options = (labels: Readonly<Record<string, string>>): [string, string][] => Object.entries(labels);
const keys = (labels: Readonly<Record<string, string>>): string[] => Object.keys(labels);

/** The workspace's registers: searched and filtered by GET forms, paged with their whole count. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte')
export class RegistersController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get('adviezen')
  async advice(@Req() request: Request, @Res() response: Response): Promise<void> {
    const query = queryOf(request);
    const context = await signedIn(this.pages, request, response);
    const { t } = context;
    const text = recordsText(context).filters;
    const yesNo = [
      ['true', text.yes],
      ['false', text.no],
    ] as const;
    const values = {
      q: searchText(query.q),
      status: oneOf(query.status, keys(t.labels.adviceStatus)),
      domain: oneOf(query.domain, keys(t.labels.domain)),
      kind: oneOf(query.kind, keys(t.labels.adviceKind)),
      overdue: oneOf(query.overdue, ['true', 'false']),
      followUpOverdue: oneOf(query.followUpOverdue, ['true', 'false']),
    };
    const fields: FilterField[] = [
      { kind: 'text', name: 'q', label: text.q, hint: text.qHint },
      { kind: 'select', name: 'status', label: text.status, options: options(t.labels.adviceStatus) },
      { kind: 'select', name: 'domain', label: text.domain, options: options(t.labels.domain) },
      { kind: 'select', name: 'kind', label: text.kind, options: options(t.labels.adviceKind) },
      { kind: 'select', name: 'overdue', label: text.overdue, options: yesNo },
      { kind: 'select', name: 'followUpOverdue', label: text.followUpOverdue, options: yesNo },
    ];
    const advice = answerOf(
      await context.api.get<Page<RegisterAdvice>>('/advice-trajectories', { ...values, ...pageOfQuery(query) }),
    );
    sendPage(response, <AdviceRegisterPage context={context} advice={advice} fields={fields} values={values} />);
  }

  @Get('signalen')
  async signals(@Req() request: Request, @Res() response: Response): Promise<void> {
    const query = queryOf(request);
    const context = await signedIn(this.pages, request, response);
    const { t } = context;
    const text = recordsText(context).filters;
    const values = {
      status: oneOf(query.status, keys(t.labels.signalStatus)),
      scope: oneOf(query.scope, keys(t.labels.scope)),
    };
    const fields: FilterField[] = [
      { kind: 'select', name: 'status', label: text.status, options: options(t.labels.signalStatus) },
      { kind: 'select', name: 'scope', label: text.scope, options: options(t.labels.scope) },
    ];
    const page = answerOf(await context.api.get<Page<SignalSummary>>('/signals', { ...values, ...pageOfQuery(query) }));
    sendPage(response, <SignalsRegisterPage context={context} page={page} fields={fields} values={values} />);
  }

  @Get('tafels')
  async tables(@Req() request: Request, @Res() response: Response): Promise<void> {
    const query = queryOf(request);
    const context = await signedIn(this.pages, request, response);
    const { t } = context;
    const text = recordsText(context).filters;
    const values = { status: oneOf(query.status, keys(t.labels.tableStatus)) };
    const fields: FilterField[] = [
      { kind: 'select', name: 'status', label: text.status, options: options(t.labels.tableStatus) },
    ];
    const page = answerOf(
      await context.api.get<Page<TableSummary>>('/temporary-tables', { ...values, ...pageOfQuery(query) }),
    );
    sendPage(response, <TablesRegisterPage context={context} page={page} fields={fields} values={values} />);
  }

  @Get('raadsvoorstellen')
  async proposals(@Req() request: Request, @Res() response: Response): Promise<void> {
    const query = queryOf(request);
    const context = await signedIn(this.pages, request, response);
    const mine = context.session.principal.municipalities;
    const values = { municipalityCode: oneOf(query.municipalityCode, mine) };
    const municipalities = (await loadMunicipalities(context.api)) ?? [];
    const fields: FilterField[] = [
      {
        kind: 'select',
        name: 'municipalityCode',
        label: recordsText(context).filters.municipality,
        options: mine.map((code) => [code, municipalities.find((m) => m.code === code)?.name ?? code] as const),
      },
    ];
    const found = answerOf(await context.api.get<{ items: CouncilProposalSummary[] }>('/council-proposals', values));
    sendPage(
      response,
      <ProposalsPage
        context={context}
        proposals={found.items}
        municipalities={municipalities}
        fields={fields}
        values={values}
      />,
    );
  }

  @Get('geschillen')
  async disputes(@Req() request: Request, @Res() response: Response): Promise<void> {
    const query = queryOf(request);
    const context = await signedIn(this.pages, request, response);
    const text = recordsText(context).filters;
    const values = { open: oneOf(query.open, ['true', 'false']) };
    const fields: FilterField[] = [
      {
        kind: 'select',
        name: 'open',
        label: text.open,
        options: [
          ['true', text.openYes],
          ['false', text.openNo],
        ],
      },
    ];
    const found = answerOf(await context.api.get<{ items: Dispute[] }>('/disputes', values));
    sendPage(response, <DisputesPage context={context} disputes={found.items} fields={fields} values={values} />);
  }
}
