import { fold } from '../kit';
import { specification } from '../testing';
import type { SetParticipationRegulation } from './municipality.commands';
import { municipalityDecider } from './municipality.decider';
import type { MunicipalityRegistered, ParticipationRegulationSet } from './municipality.events';
import { regulationOf } from './municipality.state';

const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'admin-1', role: 'admin' } };

const registered: MunicipalityRegistered = {
  type: 'MunicipalityRegistered',
  data: { municipalityCode: 'GM0453', name: 'Velsen' },
};

const setRegulation = (overrides: Partial<SetParticipationRegulation['data']> = {}): SetParticipationRegulation => ({
  type: 'SetParticipationRegulation',
  context,
  data: { code: 'GM0453', responseTermDays: 56, ...overrides },
});

const regulationSet: ParticipationRegulationSet = {
  type: 'ParticipationRegulationSet',
  data: {
    municipalityCode: 'GM0453',
    responseTermDays: 56,
    adviceTermDays: 42,
    aldermanConsultationsPerYear: 2,
    programmeManagerConsultationEveryMonths: 2,
  },
};

const spec = specification(municipalityDecider);

describe('setting the participation regulation', () => {
  describe('when the municipality is registered', () => {
    it('records every term and norm, with the defaults for those left out', () => {
      spec.given([registered]).when(setRegulation()).then([regulationSet]);
    });

    it('records a regulation that sets every term and norm', () => {
      const all = {
        responseTermDays: 28,
        adviceTermDays: 35,
        aldermanConsultationsPerYear: 4,
        programmeManagerConsultationEveryMonths: 1,
      };
      spec
        .given([registered])
        .when(setRegulation(all))
        .then([{ type: 'ParticipationRegulationSet', data: { municipalityCode: 'GM0453', ...all } }]);
    });

    it.each(['responseTermDays', 'adviceTermDays', 'aldermanConsultationsPerYear'] as const)(
      'refuses a %s that is not a whole number of one or more',
      (field) => {
        spec
          .given([registered])
          .when(setRegulation({ [field]: 0.5 }))
          .thenRefuses('MUNICIPALITY.REGULATION_VALUE_INVALID', 'rule');
      },
    );

    it('refuses a norm of zero months', () => {
      spec
        .given([registered])
        .when(setRegulation({ programmeManagerConsultationEveryMonths: 0 }))
        .thenRefuses('MUNICIPALITY.REGULATION_VALUE_INVALID', 'rule');
    });
  });

  describe('when the municipality is not registered', () => {
    it('refuses the regulation', () => {
      spec.given([]).when(setRegulation()).thenRefuses('MUNICIPALITY.NOT_FOUND', 'not-found');
    });
  });

  describe('the regulation in force', () => {
    it('is the defaults until one is set', () => {
      expect(regulationOf(fold(municipalityDecider, [registered]))).toEqual({
        responseTermDays: 42,
        adviceTermDays: 42,
        aldermanConsultationsPerYear: 2,
        programmeManagerConsultationEveryMonths: 2,
      });
    });

    it('is the one last set', () => {
      const later = { ...regulationSet, data: { ...regulationSet.data, responseTermDays: 70 } };
      expect(regulationOf(fold(municipalityDecider, [registered, regulationSet, later]))).toMatchObject({
        responseTermDays: 70,
      });
    });
  });
});
