import type { EstablishParticipationBody } from './participation-body.commands';
import type { ParticipationBodyEstablished } from './participation-body.events';
import {
  bodyMustCoverDomains,
  bodyMustServeMunicipalities,
  participationBodyMustNotExistYet,
  participationBodyNeedsAName,
} from './participation-body.rules';
import type { ParticipationBodyState } from './participation-body.state';

export function decideEstablishParticipationBody(
  command: EstablishParticipationBody,
  state: ParticipationBodyState,
): ParticipationBodyEstablished[] {
  const { bodyId, name, kind, municipalityCodes, domains } = command.data;
  participationBodyMustNotExistYet(state.status !== 'none');
  participationBodyNeedsAName(name);
  bodyMustServeMunicipalities(kind, municipalityCodes);
  bodyMustCoverDomains(domains);
  return [
    {
      type: 'ParticipationBodyEstablished',
      data: { bodyId, name: name.trim(), kind, municipalityCodes: [...municipalityCodes], domains: [...domains] },
    },
  ];
}
