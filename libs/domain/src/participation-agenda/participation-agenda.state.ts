import { assertNever } from '../kit';
import type {
  AgendaItemAdded,
  ParticipationAgendaDrafted,
  ParticipationAgendaEvent,
} from './participation-agenda.events';

export type AgendaItem = Omit<AgendaItemAdded['data'], 'agendaId'>;

export type ParticipationAgendaState =
  | { readonly status: 'none' }
  | ({ readonly status: 'drafted'; readonly items: readonly AgendaItem[] } & ParticipationAgendaDrafted['data']);

export function initialParticipationAgendaState(): ParticipationAgendaState {
  return { status: 'none' };
}

export function evolveParticipationAgenda(
  state: ParticipationAgendaState,
  event: ParticipationAgendaEvent,
): ParticipationAgendaState {
  switch (event.type) {
    case 'ParticipationAgendaDrafted':
      return { status: 'drafted', ...event.data, items: [] };
    case 'AgendaItemAdded': {
      if (state.status === 'none') return state;
      const { agendaId: _agendaId, ...item } = event.data;
      return { ...state, items: [...state.items, item] };
    }
    default:
      return assertNever(event);
  }
}
