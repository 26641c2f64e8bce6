import { toDeliverableEvent } from './eventstoredb-delivery';
import { ADVICE_ISSUED, linkEvent, storedEvent } from './eventstoredb-test-events';

describe('deciding which events of $all to deliver', () => {
  it('delivers an event after the checkpoint as ours', () => {
    expect(toDeliverableEvent(storedEvent({ commit: 300n }), 200n, undefined)).toMatchObject({
      eventId: ADVICE_ISSUED.eventId,
      position: 300n,
    });
  });

  it('does not deliver the checkpoint event again', () => {
    expect(toDeliverableEvent(storedEvent({ commit: 200n }), 200n, undefined)).toBeUndefined();
  });

  it('drops a system event before reading its binary content', () => {
    expect(toDeliverableEvent(linkEvent(300n), 200n, undefined)).toBeUndefined();
  });

  it('drops an event of a type the filter does not name', () => {
    const filter = { streamIdPrefixes: ['advice-trajectory-'], eventTypePrefixes: ['Signal'] };
    expect(toDeliverableEvent(storedEvent({ commit: 300n }), undefined, filter)).toBeUndefined();
  });

  it('drops a read result that carries no event', () => {
    expect(toDeliverableEvent({ commitPosition: 300n }, undefined, undefined)).toBeUndefined();
  });
});
