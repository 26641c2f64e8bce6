import { fold } from '../kit';
import { participationAgendaDecider, participationAgendaStreamId } from './participation-agenda.decider';
import { isAgendaAgreed } from './participation-agenda.state';
import {
  agendaDrafted,
  agendaId,
  agreedByBody,
  agreedByMunicipality,
  bodyId,
  itemAdded,
  itemId,
  municipalityItemAdded,
  otherItemId,
  otherSignalId,
  signalId,
} from './participation-agenda.fixtures';

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
      agreedBy: [],
    });
  });

  it('is agreed once both sides have agreed it', () => {
    expect(isAgendaAgreed(fold(participationAgendaDecider, [agendaDrafted, itemAdded, agreedByBody]))).toBe(false);
    const both = fold(participationAgendaDecider, [agendaDrafted, itemAdded, agreedByBody, agreedByMunicipality]);
    expect(both).toMatchObject({ agreedBy: ['body', 'municipality'] });
    expect(isAgendaAgreed(both)).toBe(true);
  });

  it('is no longer agreed once an item is added after the agreement', () => {
    const history = [agendaDrafted, itemAdded, agreedByBody, agreedByMunicipality, municipalityItemAdded];
    expect(isAgendaAgreed(fold(participationAgendaDecider, history))).toBe(false);
  });

  it('lives in a stream named by its id', () => {
    expect(participationAgendaStreamId(agendaId)).toBe(`participation-agenda-${agendaId}`);
  });
});
