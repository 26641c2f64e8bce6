import {
  fold,
  participationBodyDecider,
  participationBodyStreamId,
  personsConcernedByBodyDocuments,
  type AttachBodyDocument,
  type ParticipationBodyEvent,
  type ParticipationBodyState,
} from '#domain';
import type { EventStore } from '#event-store';
import type { CommandDefinition } from '../commands/command-definition';
import { upcast } from '../commands/upcast';
import { municipalitiesOfBody } from '../participation-body/body-municipalities';

/** A consultation's notes, kept by the body's secretary, who recorded the consultation. */
export const attachBodyDocument: CommandDefinition<AttachBodyDocument, ParticipationBodyEvent, ParticipationBodyState> =
  {
    operationId: 'AttachBodyDocument',
    decider: participationBodyDecider,
    creates: false,
    streamId: (data) => participationBodyStreamId(data.bodyId),
    resultId: (data) => data.bodyId,
    municipalities: (_data, state) => municipalitiesOfBody(state),
  };

/** The same operation with the bytes kept (sealed, by `store`) just before its event is recorded. */
export function attachBodyDocumentStoring(
  store: () => Promise<void>,
): CommandDefinition<AttachBodyDocument, ParticipationBodyEvent, ParticipationBodyState> {
  return { ...attachBodyDocument, beforeAppend: store };
}

/**
 * Everyone a body's documents are sealed for, from the body's stream as stored: its active
 * members. A body never established concerns nobody (the command refuses it).
 */
export async function personsConcernedByBody(store: EventStore, bodyId: string): Promise<string[]> {
  const recorded = await store.readStream(participationBodyStreamId(bodyId));
  const state = fold(
    participationBodyDecider,
    recorded.map((e) => ({ type: e.type, data: upcast(e).data }) as ParticipationBodyEvent),
  );
  return state.status === 'none' ? [] : personsConcernedByBodyDocuments(state);
}
