import { specification } from '../testing';
import { participationAgendaDecider } from './participation-agenda.decider';
import {
  agendaDrafted,
  agreeAgenda,
  agreedByBody,
  agreedByMunicipality,
  itemAdded,
  municipalityItemAdded,
} from './participation-agenda.fixtures';

const spec = specification(participationAgendaDecider);

describe('agreeing the participation agenda', () => {
  describe('when the agenda has not been drafted', () => {
    it('refuses the agreement', () => {
      spec.given([]).when(agreeAgenda()).thenRefuses('PARTICIPATION_AGENDA.NOT_FOUND', 'not-found');
    });
  });

  describe('when the agenda holds items', () => {
    it.each(['secretary', 'body-member'])("records the body's agreement by the %s", (role) => {
      spec.given([agendaDrafted, itemAdded]).when(agreeAgenda(role)).then([agreedByBody]);
    });

    it("records the municipality's agreement by an official", () => {
      spec.given([agendaDrafted, itemAdded]).when(agreeAgenda('official')).then([agreedByMunicipality]);
    });

    it('refuses an agreement by someone who is no party', () => {
      spec
        .given([agendaDrafted, itemAdded])
        .when(agreeAgenda('evaluator'))
        .thenRefuses('PARTICIPATION_AGENDA.NOT_A_PARTY', 'rule');
    });
  });

  describe('when one side has agreed', () => {
    it('records the other side, which makes the agenda agreed', () => {
      spec.given([agendaDrafted, itemAdded, agreedByBody]).when(agreeAgenda('official')).then([agreedByMunicipality]);
    });

    it('refuses the same side agreeing twice', () => {
      spec
        .given([agendaDrafted, itemAdded, agreedByBody])
        .when(agreeAgenda('body-member'))
        .thenRefuses('PARTICIPATION_AGENDA.ALREADY_AGREED', 'conflict');
    });
  });

  describe('when an item was added after a side agreed', () => {
    it('records that side agreeing again to the agenda as it now stands', () => {
      spec
        .given([agendaDrafted, itemAdded, agreedByBody, municipalityItemAdded])
        .when(agreeAgenda('secretary'))
        .then([agreedByBody]);
    });
  });

  describe('when the agenda has no items', () => {
    it('refuses the agreement', () => {
      spec
        .given([agendaDrafted])
        .when(agreeAgenda('official'))
        .thenRefuses('PARTICIPATION_AGENDA.NO_ITEMS', 'conflict');
    });
  });
});
