import { fold } from '../kit';
import { participationAgendaDecider, participationAgendaStreamId } from './participation-agenda.decider';
import {
  agendaDrafted,
  agendaId,
  bodyId,
  itemAdded,
  itemId,
  municipalityItemAdded,
  otherItemId,
  otherSignalId,
  signalId,
} from './testing/participation-agenda.fixtures';

describe('the state of a participation agenda', () => {
  it('keeps its body, year and items after its history', () => {
    expect(fold(participationAgendaDecider, [agendaDrafted, itemAdded, municipalityItemAdded])).toEqual({
      status: 'drafted',
      agendaId,
      bodyId,
      year: 2027,
      items: [
        { itemId, theme: 'Eenzaamheid onder ouderen', source: 'signal', signalIds: [signalId, otherSignalId] },
        { itemId: otherItemId, theme: 'Inkoop jeugdhulp', source: 'municipality', signalIds: [] },
      ],
    });
  });

  it('lives in a stream named by its id', () => {
    expect(participationAgendaStreamId(agendaId)).toBe(`participation-agenda-${agendaId}`);
  });
});
