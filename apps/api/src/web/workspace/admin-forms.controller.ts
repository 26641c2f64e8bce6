import { All, Controller, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../auth/public.decorator';
import { PageContextFactory } from '../page/page-context';
import { WebErrorFilter } from '../page/web-error.filter';
import { confirmForgetPersonForm } from './confirm-forget-person/confirm-forget-person.form';
import { establishBodyForm } from './establish-body/establish-body.form';
import { forgetPersonForm } from './forget-person/forget-person.form';
import { registerMunicipalityForm } from './register-municipality/register-municipality.form';
import { setRegulationForm } from './set-regulation/set-regulation.form';
import { startPilotForm } from './start-pilot/start-pilot.form';
import { handleForm } from './workspace-page';

/** The administrator's forms: municipalities, their regulation, bodies, pilots, forgetting a person. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/beheer')
export class AdminFormsController {
  constructor(private readonly pages: PageContextFactory) {}

  @All('gemeente')
  registerMunicipality(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'RegisterMunicipality', registerMunicipalityForm);
  }

  @All('regeling')
  setRegulation(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'SetParticipationRegulation', (context) =>
      setRegulationForm(context, context.api),
    );
  }

  @All('orgaan')
  establishBody(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'EstablishParticipationBody', (context) =>
      establishBodyForm(context, context.api),
    );
  }

  @All('pilot')
  startPilot(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'StartPilot', (context) => startPilotForm(context, context.api));
  }

  @All('persoon-vergeten')
  forgetPerson(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'ForgetPerson', forgetPersonForm);
  }

  @All('persoon-vergeten/bevestigen')
  confirmForgetPerson(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'ConfirmForgetPerson', confirmForgetPersonForm);
  }
}
