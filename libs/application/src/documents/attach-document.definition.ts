import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type AttachDocument,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { collegeMunicipalities, trajectoryMunicipalities } from '../advice-trajectory/advice-trajectory.cross-checks';
import { bodyMemberMustActForBody } from '../participation-body/body-membership';

/**
 * A document of a trajectory: the advice letter by the body's members (of that body), the
 * college's letters and the council proposal by officials of the municipality concerned.
 */
export const attachDocument: CommandDefinition<AttachDocument, AdviceTrajectoryEvent, AdviceTrajectoryState> = {
  operationId: 'AttachDocument',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  municipalities: (data, state) =>
    data.document.kind === 'advice-letter' ? trajectoryMunicipalities(state) : collegeMunicipalities(data, state),
  crossCheck: async (data, state, streams, actor) => {
    if (state.status === 'none' || data.document.kind !== 'advice-letter') return;
    await bodyMemberMustActForBody(streams, state.bodyId, actor, 'issue-advice');
  },
};

/** The same operation with the bytes kept (by `store`) just before its event is recorded. */
export function attachDocumentStoring(
  store: () => Promise<void>,
): CommandDefinition<AttachDocument, AdviceTrajectoryEvent, AdviceTrajectoryState> {
  return { ...attachDocument, beforeAppend: store };
}
