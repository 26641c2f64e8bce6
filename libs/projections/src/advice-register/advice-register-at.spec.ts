import type { EventStore, GlobalPosition, RecordedEvent } from '#event-store';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { adviceForProposalAt, type AdviceRegisterReader } from './advice-register-at';
import { adviceRegister } from './advice-register.projection';

const BODY = 'c0a80101-0000-4000-8000-0000000000b1';
const [EARLY, LATE, OTHER] = ['a01', 'a02', 'a03'].map((n) => `c0a80101-0000-4000-8000-000000000${n}`) as [
  string,
  string,
  string,
];

/** Three trajectories' events, interleaved in `$all`: two attached to RV-1 at different times, one to RV-2. */
function history(): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  const revisions = new Map<string, number>();
  const add = (trajectoryId: string, type: string, data: object): void => {
    const streamId = `advice-trajectory-${trajectoryId}`;
    const revision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, revision + 1);
    const position = BigInt(100 + events.length * 3);
    events.push({
      eventId: `c0a80101-0000-4000-8000-${String(position).padStart(12, '0')}`,
      type,
      data: { trajectoryId, ...data },
      metadata: {
        occurredAt: '2026-11-02T10:00:00Z',
        actor: { id: 'official-1', role: 'official' },
        correlationId: 'c',
        schemaVersion: 1,
      },
      streamId,
      streamRevision: revision,
      position,
      recordedAt: new Date('2026-11-02T10:00:00Z'),
    });
  };
  const start = (id: string, subject: string) =>
    add(id, 'AdviceTrajectoryStarted', {
      municipalityCode: 'GM0375',
      bodyId: BODY,
      kind: 'solicited',
      subject,
      domain: 'wmo',
      policyPhase: 'agenda-setting',
      responseDueOn: '2026-05-01',
    });
  const attach = (id: string, proposalRef: string, attachedOn: string) =>
    add(id, 'AdviceAttachedToCouncilProposal', { proposalRef, attachedOn });
  start(EARLY, 'Wmo');
  start(LATE, 'Jeugd');
  attach(EARLY, 'RV-1', '2026-04-20');
  start(OTHER, 'Armoede');
  attach(OTHER, 'RV-2', '2026-04-21');
  add(EARLY, 'CouncilDecisionRecorded', { proposalRef: 'RV-1', decidedOn: '2026-05-18', decision: 'postponed' });
  attach(LATE, 'RV-1', '2026-06-01');
  add(EARLY, 'CouncilDecisionRecorded', { proposalRef: 'RV-1', decidedOn: '2026-06-15', decision: 'adopted' });
  return events;
}

/** A store over `events` whose `$all` read is a spy: the pinned fold must not scan it. */
function storeOf(events: readonly RecordedEvent[]): EventStore & { readAll: jest.Mock } {
  const readStream = (streamId: string) => Promise.resolve(events.filter((e) => e.streamId === streamId));
  return { readStream, readAll: jest.fn() } as unknown as EventStore & { readAll: jest.Mock };
}

/** The register as it stands now, answering the one query the fold asks. */
function registerOf(events: readonly RecordedEvent[]): AdviceRegisterReader & { waitFor: jest.Mock } {
  const rows = new Map<string, AdviceRegisterDoc>();
  for (const event of events) {
    const id = (event.data as { trajectoryId: string }).trajectoryId;
    rows.set(id, adviceRegister.evolve(rows.get(id) ?? null, event, id) as AdviceRegisterDoc);
  }
  return {
    waitFor: jest.fn().mockResolvedValue(undefined),
    list: (_name: string, options: { where?: readonly (readonly [string, unknown])[] }) => {
      const [proposalRef] = (JSON.parse(String(options.where?.[0]?.[1])) as { proposalRef: string }[]).map(
        (p) => p.proposalRef,
      );
      const items = [...rows.values()].filter((doc) => doc.proposals.some((p) => p.proposalRef === proposalRef));
      return Promise.resolve({ items, total: items.length });
    },
  } as unknown as AdviceRegisterReader & { waitFor: jest.Mock };
}

/** What the report said before (issue #22): the attachments found by walking all of `$all` up to `at`. */
function foldedFromAll(events: readonly RecordedEvent[], proposalRef: string, at: GlobalPosition): AdviceRegisterDoc[] {
  const attached = new Set(
    events
      .filter((e) => e.position <= at && e.type === 'AdviceAttachedToCouncilProposal')
      .filter((e) => (e.data as { proposalRef: string }).proposalRef === proposalRef)
      .map((e) => (e.data as { trajectoryId: string }).trajectoryId),
  );
  return [...attached]
    .map((id) =>
      events
        .filter((e) => e.streamId === `advice-trajectory-${id}` && e.position <= at)
        .reduce<AdviceRegisterDoc | null>((doc, e) => adviceRegister.evolve(doc, e, id), null),
    )
    .filter((doc): doc is AdviceRegisterDoc => doc !== null)
    .sort((a, b) => `${a.startedAt} ${a.trajectoryId}`.localeCompare(`${b.startedAt} ${b.trajectoryId}`));
}

describe('the advice attached to a council proposal at a pinned position', () => {
  const events = history();

  it('answers at every position what a walk over all of $all answered, without reading $all', async () => {
    const store = storeOf(events);
    const register = registerOf(events);
    for (const proposalRef of ['RV-1', 'RV-2', 'RV-3']) {
      for (const at of [0n, ...events.map((e) => e.position), ...events.map((e) => e.position + 1n)]) {
        const pinned = await adviceForProposalAt(register, store, proposalRef, at);
        expect({ proposalRef, at, pinned }).toEqual({
          proposalRef,
          at,
          pinned: foldedFromAll(events, proposalRef, at),
        });
      }
    }
    expect(store.readAll).not.toHaveBeenCalled();
  });

  it('folds a trajectory attached later up to the position, and leaves it out before its attachment', async () => {
    const attachedLate = events.find((e) => e.streamId.endsWith(LATE) && e.type === 'AdviceAttachedToCouncilProposal');
    const at = (attachedLate as RecordedEvent).position;
    const before = await adviceForProposalAt(registerOf(events), storeOf(events), 'RV-1', at - 1n);
    const then = await adviceForProposalAt(registerOf(events), storeOf(events), 'RV-1', at);
    expect(before.map((d) => d.trajectoryId)).toEqual([EARLY]);
    expect(then.map((d) => [d.trajectoryId, d.proposals[0]?.decisions.length])).toEqual([
      [EARLY, 1],
      [LATE, 0],
    ]);
  });

  it('waits until the register has applied the pinned position before asking it', async () => {
    const register = registerOf(events);
    await adviceForProposalAt(register, storeOf(events), 'RV-1', 112n);
    expect(register.waitFor).toHaveBeenCalledWith([adviceRegister.name], 112n);
  });
});
