import type { VNode } from 'preact';
import { mayRunSomeVariant, type OperationId } from '#application';
import type { AgendaSummary, PilotSummary } from '../../api/api-types';
import type { Option } from '../../forms/form-model';
import { bodyActions } from '../organen/body-actions';
import { LinkList } from '../link-list';
import type { SignedInContext } from '../workspace-page';

type Link = readonly [OperationId, string, string];

interface WorkspaceLinksProps {
  readonly context: SignedInContext;
  readonly bodies: readonly Option[];
  readonly agendas: readonly AgendaSummary[];
  readonly pilots: readonly PilotSummary[];
}

/**
 * The forms that belong to a body, an agenda, a pilot or the administration, each shown only
 * to a role that may run its command.
 */
export function WorkspaceLinks({ context, bodies, agendas, pilots }: WorkspaceLinksProps): VNode | null {
  const { forms } = context.t;
  const l = forms.links;
  const roles = context.session.principal.roles;
  const allowed = (links: readonly Link[]): Link[] =>
    links.filter(([operation]) => mayRunSomeVariant(roles, operation));
  const bodyName = new Map(bodies.map((body) => [body.value, body.label]));
  const sections: { id: string; heading: string; groups: { title?: string; page?: string; links: Link[] }[] }[] = [
    {
      id: 'organen',
      heading: l.bodiesHeading,
      groups: bodies.map((body) => {
        const at = `/werkruimte/organen/${body.value}`;
        return {
          title: body.label,
          page: at,
          links: allowed(bodyActions(context.t, body.value).map((a) => [a.operation, a.href, a.label] as const)),
        };
      }),
    },
    {
      id: 'agendas',
      heading: l.agendasHeading,
      groups: agendas.map((agenda) => ({
        title: `${l.agenda(agenda.year)}, ${bodyName.get(agenda.bodyId) ?? agenda.bodyId}`,
        page: `/werkruimte/agenda/${agenda.id}`,
        links: allowed([
          ['AddAgendaItem', `/werkruimte/agenda/${agenda.id}/punt`, forms.addAgendaItem.title],
          ['AgreeParticipationAgenda', `/werkruimte/agenda/${agenda.id}/instemmen`, forms.agreeAgenda.title],
        ]),
      })),
    },
    {
      id: 'pilots',
      heading: l.pilotsHeading,
      groups: pilots.map((pilot) => ({
        title: pilot.name,
        page: `/werkruimte/pilots/${pilot.id}`,
        links: allowed([
          ['RecordEvaluationFinding', `/werkruimte/pilots/${pilot.id}/bevinding`, forms.recordFinding.title],
        ]),
      })),
    },
    {
      id: 'beheer',
      heading: l.adminHeading,
      groups: [
        {
          links: allowed([
            ['RegisterMunicipality', '/werkruimte/beheer/gemeente', forms.registerMunicipality.title],
            ['SetParticipationRegulation', '/werkruimte/beheer/regeling', forms.setRegulation.title],
            ['EstablishParticipationBody', '/werkruimte/beheer/orgaan', forms.establishBody.title],
            ['StartPilot', '/werkruimte/beheer/pilot', forms.startPilot.title],
            ['ForgetPerson', '/werkruimte/beheer/persoon-vergeten', forms.forgetPerson.title],
            ['ConfirmForgetPerson', '/werkruimte/beheer/persoon-vergeten/bevestigen', forms.confirmForgetPerson.title],
          ]),
        },
      ],
    },
  ];
  const shown = sections
    .map((section) => ({ ...section, groups: section.groups.filter((group) => group.links.length > 0) }))
    .filter((section) => section.groups.length > 0);
  if (shown.length === 0) return null;
  return (
    <>
      <h2 class="utrecht-heading-2">{l.heading}</h2>
      {shown.map((section) => (
        <section aria-labelledby={section.id}>
          <h3 class="utrecht-heading-3" id={section.id}>
            {section.heading}
          </h3>
          {section.groups.map((group) => (
            <>
              {group.title ? (
                <h4 class="utrecht-heading-4">
                  {group.page ? (
                    <a class="utrecht-link" href={group.page}>
                      {group.title}
                    </a>
                  ) : (
                    group.title
                  )}
                </h4>
              ) : null}
              <LinkList links={group.links.map(([, href, label]) => [href, label] as const)} />
            </>
          ))}
        </section>
      ))}
    </>
  );
}
