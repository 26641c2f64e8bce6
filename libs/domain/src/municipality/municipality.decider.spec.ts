import { fold } from '../kit';
import { specification } from '../testing';
import type { RegisterMunicipality } from './municipality.commands';
import { municipalityDecider, municipalityStreamId } from './municipality.decider';
import type { MunicipalityRegistered } from './municipality.events';

const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'admin-1', role: 'admin' } };

const registerMunicipality = (overrides: Partial<RegisterMunicipality['data']> = {}): RegisterMunicipality => ({
  type: 'RegisterMunicipality',
  context,
  data: { code: 'GM0375', name: 'Beverwijk', ...overrides },
});

const municipalityRegistered: MunicipalityRegistered = {
  type: 'MunicipalityRegistered',
  data: { municipalityCode: 'GM0375', name: 'Beverwijk' },
};

const spec = specification(municipalityDecider);

describe('registering a municipality', () => {
  describe('when the municipality is not registered yet', () => {
    it('registers it under its CBS code with its name', () => {
      spec.given([]).when(registerMunicipality()).then([municipalityRegistered]);
    });

    it('records the name without surrounding spaces', () => {
      spec
        .given([])
        .when(registerMunicipality({ name: '  Beverwijk ' }))
        .then([municipalityRegistered]);
    });

    it('refuses a code that is not GM followed by four digits', () => {
      spec
        .given([])
        .when(registerMunicipality({ code: 'GM375' }))
        .thenRefuses('MUNICIPALITY.CODE_INVALID', 'rule');
    });

    it('refuses a code in lower case', () => {
      spec
        .given([])
        .when(registerMunicipality({ code: 'gm0375' }))
        .thenRefuses('MUNICIPALITY.CODE_INVALID', 'rule');
    });

    it('refuses a municipality without a name', () => {
      spec
        .given([])
        .when(registerMunicipality({ name: '   ' }))
        .thenRefuses('MUNICIPALITY.NAME_MISSING', 'rule');
    });
  });

  describe('when the municipality is already registered', () => {
    it('refuses to register it again', () => {
      spec
        .given([municipalityRegistered])
        .when(registerMunicipality())
        .thenRefuses('MUNICIPALITY.ALREADY_REGISTERED', 'conflict');
    });
  });
});

describe('the state of a municipality', () => {
  it('is registered with its code and name after its history', () => {
    expect(fold(municipalityDecider, [municipalityRegistered])).toEqual({
      status: 'registered',
      municipalityCode: 'GM0375',
      name: 'Beverwijk',
    });
  });

  it('lives in a stream named by its CBS code', () => {
    expect(municipalityStreamId('GM0375')).toBe('municipality-GM0375');
  });
});
