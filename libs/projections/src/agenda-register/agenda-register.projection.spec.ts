import type { RecordedEvent } from '#event-store';
import { agendaRegister, isFromSignals, type AgendaRegisterDoc } from './agenda-register.projection';

const AGENDA = 'c0a80101-0000-4000-8000-00000000a9e1';
const BODY = 'c0a80101-0000-4000-8000-0000000000b1';
const SIGNAL = 'c0a80101-0000-4000-8000-0000000005a1';
let position = 100n;
const event = (type: string, data: object, at: string): RecordedEvent => ({
  eventId: `c0a80101-0000-4000-8000-${String(position).padStart(12, '0')}`,
  type,
  data,
  metadata: { occurredAt: at, actor: { id: 'secretary-1', role: 'secretary' }, correlationId: 'c', schemaVersion: 1 },
  streamId: `participation-agenda-${AGENDA}`,
  streamRevision: 0,
  position: (position += 1n),
  recordedAt: new Date(at),
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

const fold = (events: RecordedEvent[]): AgendaRegisterDoc | null =>
  events.reduce<AgendaRegisterDoc | null>((doc, e) => agendaRegister.evolve(doc, e, AGENDA), null);

describe('the agenda register', () => {
  it('keeps an agenda with its items in the order they were added', () => {
    expect(fold([drafted, fromSignal, fromMunicipality])).toEqual({
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
        },
        {
          itemId: 'item-2',
          theme: 'Inkoop jeugdhulp',
          source: 'municipality',
          signalIds: [],
          addedAt: '2026-02-10T09:00:00.000Z',
        },
      ],
    });
  });

  it('changes nothing when every event is applied twice', () => {
    const once = fold([drafted, fromSignal, fromMunicipality]);
    expect(fold([drafted, drafted, fromSignal, fromSignal, fromMunicipality, fromMunicipality])).toEqual(once);
  });

  it('keeps its items when the draft is replayed after them', () => {
    expect(fold([drafted, fromSignal, drafted])).toEqual(fold([drafted, fromSignal]));
  });

  it('ignores items of an agenda it never saw drafted', () => {
    expect(fold([fromSignal])).toBeNull();
  });

  it('counts an item as from signals when its source says so or it names signals', () => {
    const items = fold([drafted, fromSignal, fromMunicipality])?.items ?? [];
    expect(items.map(isFromSignals)).toEqual([true, false]);
    expect(isFromSignals({ itemId: 'i', theme: 't', source: 'joint', signalIds: [SIGNAL], addedAt: '' })).toBe(true);
  });
});
