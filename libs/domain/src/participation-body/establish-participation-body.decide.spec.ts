import { specification } from '../testing';
import { participationBodyDecider } from './participation-body.decider';
import { bodyEstablished, establishParticipationBody, refusalOf } from './participation-body.fixtures';

const spec = specification(participationBodyDecider);

describe('establishing a participation body', () => {
  describe('when the body does not exist yet', () => {
    it('establishes a regional body serving several municipalities', () => {
      spec.given([]).when(establishParticipationBody()).then([bodyEstablished]);
    });

    it('establishes a local participation council serving one municipality', () => {
      spec
        .given([])
        .when(
          establishParticipationBody({
            name: 'Participatieraad Velsen',
            kind: 'participation-council',
            municipalityCodes: ['GM0453'],
            domains: ['wmo', 'youth'],
          }),
        )
        .then([
          {
            type: 'ParticipationBodyEstablished',
            data: {
              ...bodyEstablished.data,
              name: 'Participatieraad Velsen',
              kind: 'participation-council',
              municipalityCodes: ['GM0453'],
              domains: ['wmo', 'youth'],
            },
          },
        ]);
    });

    it('records the name without surrounding spaces', () => {
      spec
        .given([])
        .when(establishParticipationBody({ name: '  Regionale participatieraad IJmond ' }))
        .then([bodyEstablished]);
    });

    it('refuses a body without a name', () => {
      spec
        .given([])
        .when(establishParticipationBody({ name: ' ' }))
        .thenRefuses('PARTICIPATION_BODY.NAME_MISSING', 'rule');
    });

    it('refuses a body that serves no municipality', () => {
      spec
        .given([])
        .when(establishParticipationBody({ municipalityCodes: [] }))
        .thenRefuses('PARTICIPATION_BODY.MUNICIPALITIES_MISSING', 'rule');
    });

    it('refuses a municipality that is not named by its CBS code', () => {
      spec
        .given([])
        .when(establishParticipationBody({ municipalityCodes: ['GM0375', 'Velsen'] }))
        .thenRefuses('PARTICIPATION_BODY.MUNICIPALITY_CODE_INVALID', 'rule');
    });

    it('refuses a municipality named twice', () => {
      spec
        .given([])
        .when(establishParticipationBody({ municipalityCodes: ['GM0375', 'GM0396', 'GM0375'] }))
        .thenRefuses('PARTICIPATION_BODY.MUNICIPALITY_REPEATED', 'rule');
    });

    it('refuses a regional participation council that serves a single municipality', () => {
      spec
        .given([])
        .when(establishParticipationBody({ municipalityCodes: ['GM0375'] }))
        .thenRefuses('PARTICIPATION_BODY.REGIONAL_BODY_NEEDS_SEVERAL_MUNICIPALITIES', 'rule');
    });

    it('refuses a body that advises on no domain', () => {
      spec
        .given([])
        .when(establishParticipationBody({ domains: [] }))
        .thenRefuses('PARTICIPATION_BODY.DOMAINS_MISSING', 'rule');
    });

    it('refuses a domain named twice', () => {
      spec
        .given([])
        .when(establishParticipationBody({ domains: ['wmo', 'wmo'] }))
        .thenRefuses('PARTICIPATION_BODY.DOMAIN_REPEATED', 'rule');
    });

    it('names the offending municipality code in its refusal', () => {
      const command = establishParticipationBody({ municipalityCodes: ['GM0375', 'GM0396', 'GM0375'] });
      const refusal = refusalOf(() =>
        participationBodyDecider.decide(command, participationBodyDecider.initialState()),
      );
      expect(refusal).toMatchObject({ field: 'municipalityCodes[2]' });
    });
  });

  describe('when the body has been established', () => {
    it('refuses to establish it again', () => {
      spec
        .given([bodyEstablished])
        .when(establishParticipationBody())
        .thenRefuses('PARTICIPATION_BODY.ALREADY_ESTABLISHED', 'conflict');
    });
  });
});
