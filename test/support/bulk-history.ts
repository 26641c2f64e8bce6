import type {
  AdviceTrajectoryEvent,
  DomainEvent,
  PersonalData,
  SignalEvent,
  TableGroup,
  TemporaryTableEvent,
} from '#domain';
import type { EventStore, EventToAppend } from '#event-store';
import { PostgresEventStore } from '#event-store/postgres';
import { deterministicUuid } from '#event-store/testing';
import { CryptoShreddingEventStore, PersonKeyStore, type PersonKeys } from '#privacy';
import type { Storage } from '#runtime';

/** Events in one case of {@link caseStreams}: a signal, a temporary table and the advice that rests on both. */
export const EVENTS_PER_CASE = 25;

const MUNICIPALITIES = ['GM0375', 'GM0396', 'GM0453'] as const;
const PERSPECTIVES: readonly TableGroup[] = ['client', 'carer', 'youth', 'lived-experience'];
/** Personal data is sealed per person; a few hundred people keep key creation out of the way. */
const PEOPLE = 300;

export interface BulkStream {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
}

/** A date of the case, `offset` days after its own start within two years from 2025. */
const date = (n: number, offset: number): string =>
  new Date(Date.UTC(2025, 0, 1) + (((n * 7) % 500) + offset) * 86_400_000).toISOString().slice(0, 10);

/**
 * One realistic case of a municipality's participation, as the domain's event types shape it
 * (the compiler checks every field): a collective signal, a temporary table with participants,
 * sessions and contributions, and an advice trajectory that links both and goes through the
 * college, the council and the implementation. Ids derive from `label` and `n`, so a case is
 * the same on every run.
 */
export function caseStreams(label: string, n: number, bodyId: string): BulkStream[] {
  const id = (what: string): string => deterministicUuid(`${label}/${what}/${n}`);
  const person = (k: number): string => deterministicUuid(`${label}/person/${(n * 5 + k) % PEOPLE}`);
  const sealed = <T>(k: number, value: T): PersonalData<T> => ({ personId: person(k), value });
  const municipalityCode = MUNICIPALITIES[n % MUNICIPALITIES.length] as string;
  const [signalId, tableId, trajectoryId] = [id('signal'), id('table'), id('trajectory')];

  const signal: SignalEvent[] = [
    {
      type: 'SignalRecorded',
      data: {
        signalId,
        bodyId,
        municipalityCode,
        channel: n % 2 ? 'living-room-talk' : 'home-care',
        receivedOn: date(n, 0),
        themes: ['toegang', n % 3 ? 'vervoer' : 'mantelzorg'],
        domain: 'wmo',
        subjectId: person(0),
        summary: sealed(0, `Inwoners in wijk ${n % 40} vinden de weg naar hulp niet (${n}).`),
        targetGroups: ['ouderen'],
        ...(n % 4 === 0
          ? { reporter: sealed(0, { name: `Melder ${n}`, contact: `06-${String(n).padStart(8, '0')}` }) }
          : {}),
      },
    },
    { type: 'SignalAssessed', data: { signalId, scope: 'collective', rationale: sealed(0, 'Vaker gehoord.') } },
    ...(n % 3 === 0
      ? [
          {
            type: 'SignalClosed',
            data: { signalId, outcome: sealed(0, 'Meegenomen in advies.'), feedbackGiven: true },
          } as const,
        ]
      : []),
  ];

  const perspective = (k: number): TableGroup => PERSPECTIVES[(n + k) % PERSPECTIVES.length] as TableGroup;
  const table: TemporaryTableEvent[] = [
    {
      type: 'TemporaryTableOpened',
      data: {
        tableId,
        municipalityCode,
        bodyId,
        theme: 'Toegang tot hulp',
        question: `Waar lopen inwoners vast (${n})?`,
        initiatedBy: 'joint',
        form: 'theme-table',
        expectedGroups: ['client', 'carer', 'youth'],
      },
    },
    ...[1, 2, 3, 4].map((k): TemporaryTableEvent => ({
      type: 'ParticipantRegistered',
      data: {
        tableId,
        participantId: id(`participant-${k}`),
        perspective: perspective(k),
        consent: true,
        displayName: sealed(k, `Deelnemer ${k}`),
        ageBand: k % 2 ? '18-27' : '65+',
      },
    })),
    ...[1, 2].map((k): TemporaryTableEvent => ({
      type: 'SessionHeld',
      data: { tableId, sessionId: id(`session-${k}`), heldOn: date(n, 10 * k), attendance: { client: 2, carer: 1 } },
    })),
    ...[1, 2, 3, 4].map((k): TemporaryTableEvent => ({
      type: 'ContributionRecorded',
      data: {
        tableId,
        contributionId: id(`contribution-${k}`),
        perspective: perspective(k),
        summary: sealed(k, `Bijdrage ${k}: één loket graag.`),
        sessionId: id('session-1'),
      },
    })),
    { type: 'TemporaryTableClosed', data: { tableId, outcome: 'advice', summary: 'Bouwstenen voor het advies.' } },
  ];

  const trajectory: AdviceTrajectoryEvent[] = [
    {
      type: 'AdviceTrajectoryStarted',
      data: {
        trajectoryId,
        municipalityCode,
        bodyId,
        kind: n % 5 ? 'solicited' : 'unsolicited',
        subject: `Toegang tot hulp en zorg ${n}`,
        domain: 'wmo',
        policyPhase: n % 2 ? 'agenda-setting' : 'preparation',
        responseDueOn: date(n, 60),
      },
    },
    {
      type: 'ParticipationApproachAgreed',
      data: { trajectoryId, forms: ['theme-table'], phases: ['preparation'], roles: 'De raad leidt de tafel.' },
    },
    { type: 'SignalLinked', data: { trajectoryId, signalId } },
    { type: 'TemporaryTableLinked', data: { trajectoryId, tableId } },
    {
      type: 'AdviceIssued',
      data: {
        trajectoryId,
        version: 1,
        supersedesVersion: null,
        issuedOn: date(n, 30),
        summary: 'Eén loket voor hulp en zorg.',
        clientPerspective: 'Cliënten willen één vaste contactpersoon.',
        recommendations: [
          { number: 1, text: 'Eén loket.' },
          { number: 2, text: 'Een vaste contactpersoon.' },
        ],
      },
    },
    {
      type: 'CollegeResponseRecorded',
      data: {
        trajectoryId,
        adviceVersion: 1,
        respondedOn: date(n, 50),
        decisions: [
          { recommendationNumber: 1, decision: 'adopted' },
          { recommendationNumber: 2, decision: 'not-adopted', reasoning: 'Te weinig consulenten.' },
        ],
      },
    },
    {
      type: 'AdviceAttachedToCouncilProposal',
      data: { trajectoryId, proposalRef: `RV-${municipalityCode}-${n % 60}`, attachedOn: date(n, 55) },
    },
    {
      type: 'CouncilDecisionRecorded',
      data: {
        trajectoryId,
        proposalRef: `RV-${municipalityCode}-${n % 60}`,
        decidedOn: date(n, 70),
        decision: 'adopted',
      },
    },
    {
      type: 'ImplementationFollowUpAgreed',
      data: { trajectoryId, checkpoints: [{ dueOn: date(n, 200), description: 'Loket open.' }] },
    },
    {
      type: 'ImplementationProgressReported',
      data: { trajectoryId, recommendationNumber: 1, status: 'in-progress', reportedOn: date(n, 100) },
    },
    ...(n % 3 === 0
      ? []
      : [
          {
            type: 'ImplementationProgressReported',
            data: { trajectoryId, recommendationNumber: 1, status: 'realised', reportedOn: date(n, 150) },
          } as const,
        ]),
  ];

  const envelope = (stream: string, events: readonly DomainEvent<string, unknown>[], role: string): BulkStream => ({
    streamId: stream,
    events: events.map((event, seq) => ({
      eventId: deterministicUuid(`${label}/${stream}/${seq}`),
      type: event.type,
      data: event.data,
      metadata: {
        occurredAt: '2026-11-02T10:00:00+01:00',
        actor: { id: `${role}-${n % 7}`, role },
        municipalityCode,
        correlationId: id('correlation'),
        schemaVersion: 1,
      },
    })),
  });
  return [
    envelope(`signal-${signalId}`, signal, 'body-member'),
    envelope(`temporary-table-${tableId}`, table, 'body-member'),
    envelope(`advice-trajectory-${trajectoryId}`, trajectory, 'official'),
  ];
}

/** Each person's key fetched once: a bulk load measures the event store, not the key table. */
class RememberedKeys extends PersonKeyStore {
  private readonly known = new Map<string, Buffer | null>();

  override async keysFor(personIds: readonly string[]): Promise<PersonKeys> {
    const missing = [...new Set(personIds)].filter((id) => !this.known.has(id));
    if (missing.length > 0) (await super.keysFor(missing)).forEach((key, id) => this.known.set(id, key));
    return new Map(personIds.map((id) => [id, this.known.get(id) ?? null]));
  }
}

/**
 * The event store port as the application has it (the PostgreSQL adapter, personal data sealed
 * per person) for loading test histories fast: keys are remembered between appends, and its
 * connections commit without waiting for the WAL flush (`synchronous_commit=off`, which risks
 * only the last commits on a crash, never consistency). Close it when done.
 */
export function bulkEventStore(storage: Storage, databaseUrl: string): EventStore {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', '-c synchronous_commit=off');
  const adapter = new PostgresEventStore({ connectionString: url.toString(), maxConnections: 8 });
  return new CryptoShreddingEventStore(adapter, new RememberedKeys(storage.database));
}

/**
 * Appends `cases` cases through the event store port, `concurrency` streams at a time (the
 * store's throughput comes from concurrent appends, not from batching them). Answers how many
 * events it appended and the highest position the appends answered: wait for that one, not
 * for the store's head, which the xmin barrier may hold back while other work runs.
 */
export async function appendCases(
  store: EventStore,
  options: { label: string; cases: number; bodyId: string; concurrency?: number },
): Promise<{ events: number; lastPosition: bigint }> {
  const concurrency = options.concurrency ?? 8;
  let next = 0;
  let events = 0;
  let lastPosition = 0n;
  const worker = async (): Promise<void> => {
    for (let n = next++; n < options.cases; n = next++) {
      for (const stream of caseStreams(options.label, n, options.bodyId)) {
        const { position } = await store.appendToStream(stream.streamId, stream.events);
        events += stream.events.length;
        if (position > lastPosition) lastPosition = position;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { events, lastPosition };
}
