import { projectionSpecification, recordedEvents } from '../testing';
import { agendaRegister, isAgreed, isFromSignals } from './agenda-register.projection';

const AGENDA = 'c0a80101-0000-4000-8000-00000000a9e1';
const BODY = 'c0a80101-0000-4000-8000-0000000000b1';
const SIGNAL = 'c0a80101-0000-4000-8000-0000000005a1';
const event = recordedEvents({
  streamId: `participation-agenda-${AGENDA}`,
  at: '2026-01-12T09:00:00Z',
  actor: { id: 'secretary-1', role: 'secretary' },
});

const drafted = event(
  'ParticipationAgendaDrafted',
  { agendaId: AGENDA, bodyId: BODY, year: 2026 },
  '2026-01-12T09:00:00Z',
);
const fromSignal = event(
  'AgendaItemAdded',
  { agendaId: AGENDA, itemId: 'item-1', theme: 'Vervoer naar de dagbesteding', source: 'signal', signalIds: [SIGNAL] },
  '2026-02-03T09:00:00Z',
);
const fromMunicipality = event(
  'AgendaItemAdded',
  { agendaId: AGENDA, itemId: 'item-2', theme: 'Inkoop jeugdhulp', source: 'municipality', signalIds: [] },
  '2026-02-10T09:00:00Z',
);

const official = recordedEvents({
  streamId: `participation-agenda-${AGENDA}`,
  at: '2026-03-01T09:00:00Z',
  actor: { id: 'official-1', role: 'official' },
  firstPosition: 201n,
});
const agreedByBody = event('ParticipationAgendaAgreed', { agendaId: AGENDA, agreedBy: 'body' }, '2026-03-02T09:00:00Z');
const agreedByMunicipality = official('ParticipationAgendaAgreed', { agendaId: AGENDA, agreedBy: 'municipality' });
const officialItem = official('AgendaItemAdded', {
  agendaId: AGENDA,
  itemId: 'item-3',
  theme: 'Armoedebeleid',
  source: 'municipality',
  signalIds: [],
});

const spec = projectionSpecification(agendaRegister, AGENDA);

describe('the agenda register', () => {
  it('keeps an agenda with its items in the order they were added', () => {
    spec
      .given(drafted, fromSignal)
      .when(fromMunicipality)
      .then({
        agendaId: AGENDA,
        bodyId: BODY,
        year: 2026,
        draftedAt: '2026-01-12T09:00:00.000Z',
        items: [
          {
            itemId: 'item-1',
            theme: 'Vervoer naar de dagbesteding',
            source: 'signal',
            signalIds: [SIGNAL],
            addedAt: '2026-02-03T09:00:00.000Z',
            addedBy: 'body',
          },
          {
            itemId: 'item-2',
            theme: 'Inkoop jeugdhulp',
            source: 'municipality',
            signalIds: [],
            addedAt: '2026-02-10T09:00:00.000Z',
            addedBy: 'body',
          },
        ],
        agreements: [],
      });
  });

  it('is agreed once both sides agreed it, each when it did', () => {
    spec
      .given(drafted, fromSignal, agreedByBody)
      .when(agreedByMunicipality)
      .then((row) => {
        expect(row?.agreements).toEqual([
          { side: 'body', agreedAt: '2026-03-02T09:00:00.000Z' },
          { side: 'municipality', agreedAt: '2026-03-01T09:00:00.000Z' },
        ]);
        expect(row && isAgreed(row)).toBe(true);
      });
  });

  it('is not agreed by one side alone', () => {
    spec
      .given(drafted, fromSignal)
      .when(agreedByBody)
      .then((row) => expect(row && isAgreed(row)).toBe(false));
  });

  it("needs both sides again after an item is added, and keeps the official's item as the municipality's", () => {
    spec
      .given(drafted, fromSignal, agreedByBody, agreedByMunicipality)
      .when(officialItem)
      .then((row) => {
        expect(row?.agreements).toEqual([]);
        expect(row?.items.at(-1)).toMatchObject({ itemId: 'item-3', addedBy: 'municipality' });
      });
  });

  it('changes nothing when every event is applied twice', () => {
    spec.thenEachEventTwiceChangesNothing([drafted, fromSignal, fromMunicipality, agreedByBody, agreedByMunicipality]);
  });

  it('keeps its items when the draft is replayed after them', () => {
    spec
      .given(drafted, fromSignal)
      .when(drafted)
      .then(spec.rowAfter([drafted, fromSignal]));
  });

  it('ignores items of an agenda it never saw drafted', () => {
    spec.given().when(fromSignal).then(null);
  });

  it('counts an item as from signals when its source says so or it names signals', () => {
    const items = spec.rowAfter([drafted, fromSignal, fromMunicipality])?.items ?? [];
    expect(items.map(isFromSignals)).toEqual([true, false]);
    expect(isFromSignals({ itemId: 'i', theme: 't', source: 'joint', signalIds: [SIGNAL], addedAt: '' })).toBe(true);
  });
});
