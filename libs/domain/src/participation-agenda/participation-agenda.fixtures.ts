import type {
  AddAgendaItem,
  AgreeParticipationAgenda,
  DraftParticipationAgenda,
} from './participation-agenda.commands';
import type {
  AgendaItemAdded,
  ParticipationAgendaAgreed,
  ParticipationAgendaDrafted,
} from './participation-agenda.events';

export const agendaId = 'c0a80101-0000-4000-8000-0000000000a1';
export const bodyId = 'c0a80101-0000-4000-8000-0000000000b1';
export const itemId = 'c0a80101-0000-4000-8000-0000000000d1';
export const otherItemId = 'c0a80101-0000-4000-8000-0000000000d2';
export const signalId = 'c0a80101-0000-4000-8000-0000000000f1';
export const otherSignalId = 'c0a80101-0000-4000-8000-0000000000f2';

export const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'secretary-1', role: 'secretary' } };

export const draftAgenda = (overrides: Partial<DraftParticipationAgenda['data']> = {}): DraftParticipationAgenda => ({
  type: 'DraftParticipationAgenda',
  context,
  data: { agendaId, bodyId, year: 2027, ...overrides },
});

export const agendaDrafted: ParticipationAgendaDrafted = {
  type: 'ParticipationAgendaDrafted',
  data: { agendaId, bodyId, year: 2027 },
};

export const addItem = (overrides: Partial<AddAgendaItem['data']> = {}): AddAgendaItem => ({
  type: 'AddAgendaItem',
  context,
  data: {
    agendaId,
    itemId,
    theme: 'Eenzaamheid onder ouderen',
    source: 'signal',
    signalIds: [signalId, otherSignalId],
    ...overrides,
  },
});

export const itemAdded: AgendaItemAdded = {
  type: 'AgendaItemAdded',
  data: {
    agendaId,
    itemId,
    theme: 'Eenzaamheid onder ouderen',
    source: 'signal',
    signalIds: [signalId, otherSignalId],
  },
};

export const municipalityItemAdded: AgendaItemAdded = {
  type: 'AgendaItemAdded',
  data: { agendaId, itemId: otherItemId, theme: 'Inkoop jeugdhulp', source: 'municipality', signalIds: [] },
};

/** The command as the given role sends it. */
export function by<T extends { context: typeof context }>(role: string, sent: T): T {
  return { ...sent, context: { ...sent.context, actor: { id: `${role}-1`, role } } };
}

export const agreeAgenda = (role = 'secretary'): AgreeParticipationAgenda =>
  by(role, { type: 'AgreeParticipationAgenda', context, data: { agendaId } });

export const agreedByBody: ParticipationAgendaAgreed = {
  type: 'ParticipationAgendaAgreed',
  data: { agendaId, agreedBy: 'body' },
};

export const agreedByMunicipality: ParticipationAgendaAgreed = {
  type: 'ParticipationAgendaAgreed',
  data: { agendaId, agreedBy: 'municipality' },
};
