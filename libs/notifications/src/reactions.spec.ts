import type { RecordedEvent } from '#event-store';
import { messageIdOf, smtpMessageIdOf } from './message-id';
import type { Context } from './notification-context';
import { evolveContext } from './notification-context';
import { reactionsTo } from './reactions';
import { personOfStopToken, stopTokenOf } from './stop-link';

const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: 'e0e00000-0000-4000-8000-000000000001',
  type,
  data,
  metadata: {
    occurredAt: '2026-11-02T10:00:00Z',
    actor: { id: 'a', role: 'official' },
    correlationId: 'c',
    schemaVersion: 2,
  },
  streamId: 's',
  streamRevision: 0,
  position: 1n,
  recordedAt: new Date('2026-11-02T10:00:00Z'),
});

const contexts: Record<string, Context> = {
  'trajectory:t1': {
    kind: 'trajectory',
    municipalityCode: 'GM0375',
    bodyId: 'b1',
    subject: 'Vervoer',
    responsibleOfficial: 'o1',
  },
  'signal:s1': {
    kind: 'signal',
    municipalityCode: 'GM0375',
    bodyId: 'b1',
    receivedOn: '2026-10-01',
    reporter: { personId: 'p1', ciphertext: 'sealed' },
  },
  'signal:s2': { kind: 'signal', municipalityCode: 'GM0375', bodyId: 'b1', receivedOn: '2026-10-01' },
};
const lookup = (key: string): Context | null => contexts[key] ?? null;

describe('reactions to events', () => {
  it('tell the responsible official and followers, not the body, that advice was issued', () => {
    const [reaction] = reactionsTo(recorded('AdviceIssued', { trajectoryId: 't1' }), lookup);
    expect(reaction).toMatchObject({ audience: 'staff', kind: 'advice-issued', official: 'o1' });
    expect(reaction).not.toHaveProperty('secretariesOf');
  });

  it("tell the body's secretaries and the proposal's followers of the council's decision", () => {
    const [reaction] = reactionsTo(
      recorded('CouncilDecisionRecorded', { trajectoryId: 't1', proposalRef: 'RV-1' }),
      lookup,
    );
    expect(reaction).toMatchObject({
      kind: 'council-decided',
      secretariesOf: 'b1',
      followersOf: [
        { kind: 'trajectory', id: 't1' },
        { kind: 'proposal', id: 'GM0375:RV-1' },
      ],
    });
  });

  it('tell a reporter with sealed details, and nobody for a signal without a reporter', () => {
    expect(reactionsTo(recorded('SignalClosed', { signalId: 's1' }), lookup)).toMatchObject([
      { audience: 'resident', kind: 'signal-closed', reporter: { personId: 'p1' } },
    ]);
    expect(reactionsTo(recorded('SignalClosed', { signalId: 's2' }), lookup)).toEqual([]);
  });

  it('are none for an event nobody needs to hear of', () => {
    expect(reactionsTo(recorded('TemporaryTableLinked', { trajectoryId: 't1' }), lookup)).toEqual([]);
  });
});

describe("the process manager's memory", () => {
  it("keeps a body's secretaries by their login, and forgets one whose membership ended", () => {
    const body = evolveContext(null, recorded('ParticipationBodyEstablished', { bodyId: 'b1', name: 'Raad' }));
    const appointed = evolveContext(
      body,
      recorded('MemberAppointed', { bodyId: 'b1', memberId: 'm1', role: 'secretary', subject: 'sec-1' }),
    );
    expect(appointed).toMatchObject({ secretaries: [{ memberId: 'm1', subject: 'sec-1' }] });
    expect(evolveContext(appointed, recorded('MembershipEnded', { bodyId: 'b1', memberId: 'm1' }))).toMatchObject({
      secretaries: [],
    });
  });
});

describe('message ids', () => {
  it('are the same for the same cause, recipient and kind, and differ otherwise', () => {
    expect(messageIdOf('e1', 'staff:a', 'advice-issued')).toBe(messageIdOf('e1', 'staff:a', 'advice-issued'));
    expect(messageIdOf('e1', 'staff:a', 'advice-issued')).not.toBe(messageIdOf('e1', 'staff:b', 'advice-issued'));
    expect(messageIdOf('e1', 'staff:a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
  it('give the SMTP Message-ID at the public host', () => {
    expect(smtpMessageIdOf('abc', 'https://adviesraad.example.nl/')).toBe('<abc@adviesraad.example.nl>');
  });
});

describe('stop tokens', () => {
  it('name the person they were made for, and nobody under another key', () => {
    const token = stopTokenOf('key-1', 'p1');
    expect(personOfStopToken('key-1', token)).toBe('p1');
    expect(personOfStopToken('key-2', token)).toBeNull();
    expect(personOfStopToken('key-1', 'garbage')).toBeNull();
  });
});
