import { assertNever, SIDES, type Side } from '../kit';
import type {
  AgendaItemAdded,
  ParticipationAgendaDrafted,
  ParticipationAgendaEvent,
} from './participation-agenda.events';

export type AgendaItem = Omit<AgendaItemAdded['data'], 'agendaId'>;

export type ParticipationAgendaState =
  | { readonly status: 'none' }
  | ({
      readonly status: 'drafted';
      readonly items: readonly AgendaItem[];
      /** The sides that agreed the agenda since its last item was added. */
      readonly agreedBy: readonly Side[];
    } & ParticipationAgendaDrafted['data']);

export function initialParticipationAgendaState(): ParticipationAgendaState {
  return { status: 'none' };
}

/** The agenda is agreed when both the municipality and the body agreed it as it now stands. */
export function isAgendaAgreed(state: ParticipationAgendaState): boolean {
  return state.status === 'drafted' && SIDES.every((side) => state.agreedBy.includes(side));
}

export function evolveParticipationAgenda(
  state: ParticipationAgendaState,
  event: ParticipationAgendaEvent,
): ParticipationAgendaState {
  switch (event.type) {
    case 'ParticipationAgendaDrafted':
      return { status: 'drafted', ...event.data, items: [], agreedBy: [] };
    case 'AgendaItemAdded': {
      if (state.status === 'none') return state;
      const { agendaId: _agendaId, ...item } = event.data;
      return { ...state, items: [...state.items, item], agreedBy: [] };
    }
    case 'ParticipationAgendaAgreed': {
      if (state.status === 'none' || state.agreedBy.includes(event.data.agreedBy)) return state;
      return { ...state, agreedBy: [...state.agreedBy, event.data.agreedBy] };
    }
    default:
      return assertNever(event);
  }
}
