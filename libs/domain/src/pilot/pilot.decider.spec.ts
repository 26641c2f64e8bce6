import { specification } from '../testing';
import type { StartPilot } from './pilot.commands';
import { pilotDecider } from './pilot.decider';
import type { PilotStarted } from './pilot.events';

const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'admin-1', role: 'admin' } };

const startPilot = (overrides: Partial<StartPilot['data']> = {}): StartPilot => ({
  type: 'StartPilot',
  context,
  data: {
    pilotId: 'c0a80101-0000-4000-8000-000000000001',
    name: 'Pilot participatieraad IJmond',
    bodyIds: ['c0a80101-0000-4000-8000-0000000000b1'],
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    criteria: [
      { metric: 'early-involvement-share', target: 0.6 },
      { metric: 'unsolicited-advice-count', target: 4 },
    ],
    ...overrides,
  },
});

const pilotStarted: PilotStarted = {
  type: 'PilotStarted',
  data: {
    pilotId: 'c0a80101-0000-4000-8000-000000000001',
    name: 'Pilot participatieraad IJmond',
    bodyIds: ['c0a80101-0000-4000-8000-0000000000b1'],
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    criteria: [
      { metric: 'early-involvement-share', target: 0.6 },
      { metric: 'unsolicited-advice-count', target: 4 },
    ],
  },
};

const spec = specification(pilotDecider);

describe('starting a pilot', () => {
  describe('when no pilot exists yet', () => {
    it('starts the pilot with its bodies, period and criteria', () => {
      spec.given([]).when(startPilot()).then([pilotStarted]);
    });

    it('records the name without surrounding spaces', () => {
      spec
        .given([])
        .when(startPilot({ name: '  Pilot participatieraad IJmond ' }))
        .then([pilotStarted]);
    });

    it('refuses a pilot without a name', () => {
      spec
        .given([])
        .when(startPilot({ name: ' ' }))
        .thenRefuses('PILOT.NAME_MISSING', 'rule');
    });

    it('refuses a pilot without participation bodies', () => {
      spec
        .given([])
        .when(startPilot({ bodyIds: [] }))
        .thenRefuses('PILOT.BODIES_MISSING');
    });

    it('refuses a body named twice', () => {
      const body = 'c0a80101-0000-4000-8000-0000000000b1';
      spec
        .given([])
        .when(startPilot({ bodyIds: [body, body] }))
        .thenRefuses('PILOT.BODIES_MISSING');
    });

    it('refuses a period that ends before it starts', () => {
      spec
        .given([])
        .when(startPilot({ startsOn: '2027-12-31', endsOn: '2026-01-01' }))
        .thenRefuses('PILOT.PERIOD_INVALID');
    });

    it('refuses a criterion on an unknown yardstick', () => {
      spec
        .given([])
        .when(startPilot({ criteria: [{ metric: 'happiness', target: 1 }] }))
        .thenRefuses('PILOT.UNKNOWN_YARDSTICK');
    });

    it('refuses a share target above 1', () => {
      spec
        .given([])
        .when(startPilot({ criteria: [{ metric: 'client-perspective-share', target: 1.5 }] }))
        .thenRefuses('PILOT.TARGET_OUT_OF_RANGE');
    });

    it('refuses two targets for one yardstick', () => {
      const criterion = { metric: 'signals-count', target: 10 };
      spec
        .given([])
        .when(startPilot({ criteria: [criterion, criterion] }))
        .thenRefuses('PILOT.CRITERION_REPEATED');
    });
  });

  describe('when the pilot has started', () => {
    it('refuses to start it again', () => {
      spec.given([pilotStarted]).when(startPilot()).thenRefuses('PILOT.ALREADY_STARTED', 'conflict');
    });
  });
});
