import { specification } from '../testing';
import { participationAgendaDecider } from './participation-agenda.decider';
import { agendaDrafted, draftAgenda } from './participation-agenda.fixtures';

const spec = specification(participationAgendaDecider);

describe('drafting a participation agenda', () => {
  describe('when no agenda exists yet', () => {
    it('drafts the agenda of the body for the year', () => {
      spec.given([]).when(draftAgenda()).then([agendaDrafted]);
    });

    it('refuses a year before 2000', () => {
      spec
        .given([])
        .when(draftAgenda({ year: 1999 }))
        .thenRefuses('PARTICIPATION_AGENDA.YEAR_OUT_OF_RANGE', 'rule');
    });

    it('refuses a year after 2100', () => {
      spec
        .given([])
        .when(draftAgenda({ year: 2101 }))
        .thenRefuses('PARTICIPATION_AGENDA.YEAR_OUT_OF_RANGE', 'rule');
    });

    it('refuses a year that is not a whole number', () => {
      spec
        .given([])
        .when(draftAgenda({ year: 2027.5 }))
        .thenRefuses('PARTICIPATION_AGENDA.YEAR_OUT_OF_RANGE', 'rule');
    });
  });

  describe('when the agenda has been drafted', () => {
    it('refuses to draft it again', () => {
      spec.given([agendaDrafted]).when(draftAgenda()).thenRefuses('PARTICIPATION_AGENDA.ALREADY_DRAFTED', 'conflict');
    });
  });
});
