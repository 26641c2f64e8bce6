import { Pool } from 'pg';
import {
  agreeImplementationFollowUp,
  agreeParticipationApproach,
  appointMember,
  assessSignal,
  attachToCouncilProposal,
  closeSignal,
  closeTemporaryTable,
  closeTrajectory,
  establishParticipationBody,
  ExecuteCommand,
  ExecuteCommandHandler,
  holdSession,
  issueAdvice,
  linkSignal,
  linkTemporaryTable,
  openTemporaryTable,
  recordCollegeResponse,
  recordContribution,
  recordCouncilDecision,
  recordSignal,
  referSignal,
  registerMunicipality,
  registerParticipant,
  reportImplementationProgress,
  startAdviceTrajectory,
  withdrawTrajectory,
  type CommandDefinition,
  type Principal,
} from '#application';
import {
  ADVICE_TRAJECTORY_STREAM_PREFIX,
  adviceTrajectoryStreamId,
  signalStreamId,
  temporaryTableStreamId,
  type Command,
  type DomainEvent,
  type RecommendationAnswer,
} from '#domain';
import { CryptoShreddingEventStore } from '#privacy';
import { AuditChainEventStore, chainLinkOf, type RecordedEvent } from '#event-store';
import { drawAdviceTexts, type AdviceTexts } from './advice-texts';
import { BufferedPersonKeys } from './buffered-person-keys';
import { bulkLoad, type LoadRow } from './bulk-load';
import { cloneUnit, type ClonedEvent } from './clone-unit';
import { MemoryEventStore } from './memory-event-store';
import { seededRandom, type Random } from './random';
import { StreamChains } from './stream-chains';

export const MUNICIPALITIES = [
  { code: 'GM0375', name: 'Beverwijk' },
  { code: 'GM0396', name: 'Heemskerk' },
  { code: 'GM0453', name: 'Velsen' },
] as const;
export const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';

/** Round robin over the stories, each in its own order: how concurrent work lands in `$all`. */
function interleave<T>(units: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...units.map((u) => u.length));
  for (let i = 0; i < longest; i += 1) {
    for (const unit of units) {
      const item = unit[i];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}

/** Acts in every role the scripts need; the pipeline picks the one the role table allows. */
const GENERATOR: Principal = {
  id: 'bench-generator',
  roles: ['official', 'secretary', 'admin'],
  municipalities: MUNICIPALITIES.map((m) => m.code),
};
/**
 * The body's side, for what only the body may do: withdraw its own unsolicited trajectory
 * (#17, withdrawal.rules.ts). GENERATOR would act as an official there, whom the domain refuses.
 */
const BODY_SECRETARY: Principal = { ...GENERATOR, roles: ['secretary'] };
/** Events per bulk transaction. */
const LOAD_BATCH = 5_000;
/** Stories in progress at once: their events interleave in `$all` as live ones would. */
const INTERLEAVED = 200;
/** The simulated clock starts here and moves a minute per event: about two years per million. */
const CLOCK_START = Date.parse('2025-01-06T08:00:00Z');
const MINUTE = 60_000;

export interface GeneratedStore {
  /** Events in the store after this call. */
  readonly events: number;
  readonly templates: number;
  readonly trajectoryIds: readonly string[];
}

type Run = <C extends Command, E extends DomainEvent, S>(
  definition: CommandDefinition<C, E, S>,
  data: C['data'],
  principal?: Principal,
) => Promise<void>;

/**
 * Grows a PostgreSQL event store with a realistic mix of the domain's events: advice
 * trajectories (~10 events each with their signals and tables) that start, take evidence,
 * advise, get answered, attached, decided and implemented, some stopping early. A few hundred
 * stories are made by the real command pipeline (deciders, cross-stream rules, personal data
 * sealed per person) against streams in memory; the rest are copies of them under fresh ids
 * (see {@link cloneUnit}), interleaved, and everything is written in bulk. Every event carries
 * its audit-chain link as on a live store: the pipeline's through `AuditChainEventStore`, the
 * copies re-chained for their own streams (see {@link StreamChains}). Seeded: the same seed
 * and sizes give the same store.
 */
export class StoreGenerator {
  private readonly memory = new MemoryEventStore();
  private readonly pool: Pool;
  private readonly keys: BufferedPersonKeys;
  private readonly store: CryptoShreddingEventStore;
  private readonly random: Random;
  /** The advice texts' own source: drawing them takes nothing from `random`, so the store keeps its shape. */
  private readonly words: Random;
  private readonly templates: RecordedEvent[][] = [];
  private readonly trajectoryIds: string[] = [];
  private readonly shared = new Set<string>([BODY_ID]);
  private readonly chains = new StreamChains();
  private pending: LoadRow[] = [];
  private written = 0;
  private ticks = 0;
  private loading: Promise<void> = Promise.resolve();

  constructor(connectionString: string, seed: number) {
    this.pool = new Pool({ connectionString, max: 2 });
    this.pool.on('error', () => undefined);
    this.keys = new BufferedPersonKeys(this.pool);
    // Composed as the runtime composes it: the chain beneath the sealing (ADR 0010).
    this.store = new CryptoShreddingEventStore(new AuditChainEventStore(this.memory), this.keys);
    this.random = seededRandom(seed);
    this.words = seededRandom(seed ^ 0x5eed7e47);
  }

  /**
   * Adds events until the store holds at least `target`. The first call sets up the
   * municipalities and the body and records `templates` stories through the pipeline.
   */
  async growTo(target: number, templates: number, onProgress: (events: number) => void): Promise<GeneratedStore> {
    if (this.templates.length === 0) {
      await this.setUp();
      this.queue(this.memory.takeAppended().map((e) => this.recordedRow(e)));
      this.chains.settle();
      for (let i = 0; i < templates; i += 1) {
        await this.trajectory();
        const unit = this.memory.takeAppended();
        this.templates.push(unit);
        this.queue(unit.map((e) => this.recordedRow(e)));
        this.chains.endStories();
        this.noteTrajectories(unit);
        if (this.pending.length >= LOAD_BATCH) await this.flush(onProgress);
      }
    }
    while (this.written + this.pending.length < target) {
      const group = await Promise.all(
        Array.from({ length: INTERLEAVED }, () =>
          cloneUnit(this.random.pick(this.templates), this.shared, this.keys, this.random),
        ),
      );
      for (const unit of group) this.noteTrajectories(unit);
      this.queue(interleave(group).map((e) => this.clonedRow(e)));
      this.chains.endStories();
      if (this.pending.length >= LOAD_BATCH) await this.flush(onProgress);
    }
    await this.flush(onProgress);
    await this.loading;
    return { events: this.written, templates: this.templates.length, trajectoryIds: [...this.trajectoryIds] };
  }

  async close(): Promise<void> {
    await this.loading;
    await this.pool.end();
  }

  private queue(rows: LoadRow[]): void {
    this.pending.push(...rows);
  }

  /** An event the pipeline recorded, chained by the decorator: written as it is, at the time of its command. */
  private recordedRow(event: RecordedEvent): LoadRow {
    const link = chainLinkOf(event);
    if (typeof link !== 'object') throw new Error(`event ${event.eventId} was recorded without a chain link`);
    this.chains.note(event.streamId, event.streamRevision, link);
    return {
      streamId: event.streamId,
      streamRevision: event.streamRevision,
      eventId: event.eventId,
      type: event.type,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(event.metadata),
      recordedAt: event.recordedAt.toISOString(),
    };
  }

  /**
   * A copied event, stamped with the next minute of the simulated clock and chained as the next
   * event of its stream, as the decorator and the store would record it.
   */
  private clonedRow(event: ClonedEvent): LoadRow {
    const at = new Date(CLOCK_START + this.ticks * MINUTE).toISOString();
    this.ticks += 1;
    const metadata = { ...event.metadata, occurredAt: at };
    const place = this.chains.next({ ...event, data: JSON.parse(event.data) as unknown, metadata });
    return {
      streamId: event.streamId,
      streamRevision: place.streamRevision,
      eventId: event.eventId,
      type: event.type,
      data: event.data,
      metadata: JSON.stringify(place.metadata),
      recordedAt: at,
    };
  }

  private noteTrajectories(unit: readonly { type: string; streamId: string }[]): void {
    for (const event of unit) {
      if (event.type === 'AdviceTrajectoryStarted') {
        this.trajectoryIds.push(event.streamId.slice(ADVICE_TRAJECTORY_STREAM_PREFIX.length));
      }
    }
  }

  /** Hands the pending rows to the loader, after the batch before it is in (one load in flight). */
  private async flush(onProgress: (events: number) => void): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const previous = this.loading;
    await previous;
    this.loading = bulkLoad(this.pool, this.keys, batch).then(() => {
      this.written += batch.length;
      onProgress(this.written);
    });
  }

  /** Runs one command at the simulated clock's time; the clock moves a minute per event it recorded. */
  private readonly run: Run = async (definition, data, principal = GENERATOR) => {
    const now = new Date(CLOCK_START + this.ticks * MINUTE).toISOString();
    const before = this.memory.appendedTotal;
    await new ExecuteCommandHandler(this.store).execute(
      new ExecuteCommand(definition, {
        data,
        principal,
        now,
        correlationId: this.random.uuid(),
        causationId: this.random.uuid(),
      }),
    );
    this.ticks += this.memory.appendedTotal - before;
  };

  /** Yesterday in the simulated clock: a date that is never in the future for the command at hand. */
  private day(offsetDays = -1): string {
    return new Date(CLOCK_START + this.ticks * MINUTE + offsetDays * 86_400_000).toISOString().slice(0, 10);
  }

  private async setUp(): Promise<void> {
    for (const m of MUNICIPALITIES) await this.run(registerMunicipality, { code: m.code, name: m.name });
    await this.run(establishParticipationBody, {
      bodyId: BODY_ID,
      name: 'Participatieraad IJmond',
      kind: 'regional-participation-council',
      municipalityCodes: MUNICIPALITIES.map((m) => m.code),
      domains: ['wmo', 'youth', 'participation-act'],
    });
    for (let i = 0; i < 15; i += 1) {
      await this.run(appointMember, {
        bodyId: BODY_ID,
        memberId: this.random.uuid(),
        displayName: `Lid ${i + 1}`,
        role: i === 0 ? 'chair' : i === 1 ? 'secretary' : this.random.pick(['member', 'flexible-shell'] as const),
        expertise: [this.random.pick(['lived-experience', 'policy'] as const)],
      });
    }
  }

  /** One trajectory with the signals and table it rests on, start to wherever it stops. */
  private async trajectory(): Promise<void> {
    const r = this.random;
    const municipalityCode = r.pick(MUNICIPALITIES).code;
    const domain = r.pick(['wmo', 'youth', 'participation-act'] as const);
    const signals = await this.signals(municipalityCode, domain, r.pick([0, 1, 1, 1, 2, 2, 3]));
    const tableId = r.chance(0.2) ? await this.table(municipalityCode) : null;
    const trajectoryId = r.uuid();
    const on = { trajectoryId };
    const kind = r.chance(0.7) ? 'solicited' : 'unsolicited';
    const texts = drawAdviceTexts(this.words);
    await this.run(startAdviceTrajectory, {
      trajectoryId,
      municipalityCode,
      bodyId: BODY_ID,
      kind,
      // A request states its question (#17).
      ...(kind === 'solicited' ? { question: texts.question } : {}),
      subject: texts.subject,
      domain,
      policyPhase: r.pick(['agenda-setting', 'preparation', 'preparation', 'decision', 'implementation'] as const),
      responseDueOn: this.day(60),
    });
    if (r.chance(0.8)) {
      await this.run(agreeParticipationApproach, {
        ...on,
        forms: ['theme-table', 'survey'],
        phases: ['preparation', 'evaluation'],
        roles: 'De raad organiseert de tafel; de beleidsmedewerker schrijft het concept.',
      });
    }
    for (const signal of signals.filter((s) => s.collective))
      await this.run(linkSignal, { ...on, signalId: signal.id });
    if (tableId) await this.run(linkTemporaryTable, { ...on, tableId });
    await this.advise(trajectoryId, kind, texts);
    for (const signal of signals.filter((s) => s.collective)) {
      await this.run(closeSignal, {
        signalId: signal.id,
        outcome: 'Meegenomen in advies',
        feedbackGiven: r.chance(0.7),
      });
    }
    for (const signal of signals) this.memory.forget(signalStreamId(signal.id));
    if (tableId) this.memory.forget(temporaryTableStreamId(tableId));
    this.memory.forget(adviceTrajectoryStreamId(trajectoryId));
  }

  private async advise(trajectoryId: string, kind: 'solicited' | 'unsolicited', texts: AdviceTexts): Promise<void> {
    const r = this.random;
    const on = { trajectoryId };
    if (r.chance(0.05)) {
      const withdrawer = kind === 'solicited' ? GENERATOR : BODY_SECRETARY;
      return this.run(withdrawTrajectory, { ...on, reason: 'Het beleidsplan is ingetrokken.' }, withdrawer);
    }
    if (!r.chance(0.88)) return;
    const recommendations = Array.from({ length: r.int(1, 4) }, (_, i) => ({
      number: i + 1,
      text: texts.recommendation(i + 1),
    }));
    await this.run(issueAdvice, {
      ...on,
      issuedOn: this.day(),
      summary: texts.summary,
      clientPerspective: 'Cliënten raken de weg kwijt tussen loketten en formulieren.',
      recommendations,
    });
    if (!r.chance(0.8)) return;
    const decisions: RecommendationAnswer[] = recommendations.map((rec) => {
      const decision = r.pick(['adopted', 'adopted', 'partially-adopted', 'not-adopted'] as const);
      return decision === 'adopted'
        ? { recommendationNumber: rec.number, decision }
        : { recommendationNumber: rec.number, decision, reasoning: 'Past niet binnen de wettelijke kaders.' };
    });
    await this.run(recordCollegeResponse, { ...on, respondedOn: this.day(), decisions, documentRef: 'Z/26/123456' });
    if (!r.chance(0.75)) return;
    const proposalRef = `RV-${trajectoryId.slice(0, 6)}`;
    await this.run(attachToCouncilProposal, { ...on, proposalRef, attachedOn: this.day() });
    if (!r.chance(0.9)) return;
    await this.run(recordCouncilDecision, {
      ...on,
      decidedOn: this.day(),
      decision: r.pick(['adopted', 'amended'] as const),
    });
    if (!r.chance(0.8)) return;
    await this.run(agreeImplementationFollowUp, {
      ...on,
      checkpoints: [{ dueOn: this.day(120), description: 'Eerste rapportage over de voordeur.' }],
    });
    for (const rec of recommendations.slice(0, r.int(1, recommendations.length))) {
      await this.run(reportImplementationProgress, {
        ...on,
        recommendationNumber: rec.number,
        status: r.pick(['in-progress', 'realised'] as const),
        reportedOn: this.day(),
      });
    }
    if (r.chance(0.7)) await this.run(closeTrajectory, on);
  }

  private async signals(
    municipalityCode: string,
    domain: 'wmo' | 'youth' | 'participation-act',
    count: number,
  ): Promise<{ id: string; collective: boolean }[]> {
    const r = this.random;
    const made: { id: string; collective: boolean }[] = [];
    for (let i = 0; i < count; i += 1) {
      const signalId = r.uuid();
      const reporterId = r.chance(0.4) ? r.uuid() : null;
      await this.run(recordSignal, {
        signalId,
        bodyId: BODY_ID,
        municipalityCode,
        channel: r.pick(['meeting', 'interview', 'survey', 'living-room-talk', 'complaint', 'platform'] as const),
        receivedOn: this.day(),
        themes: [r.pick(['vervoer', 'wonen', 'schuldhulp', 'mantelzorg', 'jeugdhulp'])],
        domain,
        summary: 'Regiotaxi komt vaak te laat; bewoners missen afspraken bij de huisarts.',
        area: r.pick(['IJmuiden', 'Beverwijk-Oost', 'Heemskerk-Zuid']),
        ...(reporterId ? { reporter: { personId: reporterId, name: 'J. de Vries', contact: '06-12345678' } } : {}),
        subjectId: reporterId ?? r.uuid(),
      });
      const collective = r.chance(0.8);
      await this.run(assessSignal, {
        signalId,
        scope: collective ? 'collective' : 'individual',
        rationale: collective ? 'Op meerdere plekken gehoord.' : 'Een individuele klacht.',
      });
      if (!collective) await this.run(referSignal, { signalId, referredTo: 'Sociaal wijkteam' });
      made.push({ id: signalId, collective });
    }
    return made;
  }

  private async table(municipalityCode: string): Promise<string> {
    const r = this.random;
    const tableId = r.uuid();
    await this.run(openTemporaryTable, {
      tableId,
      municipalityCode,
      bodyId: BODY_ID,
      theme: 'Vervoer naar zorg',
      question: 'Hoe komen inwoners op tijd bij hun afspraken?',
      initiatedBy: r.pick(['municipality', 'body', 'joint'] as const),
      form: r.pick(['theme-table', 'panel', 'living-room-talks'] as const),
      expectedGroups: ['client', 'carer', 'youth'],
    });
    for (const perspective of ['client', 'carer', r.pick(['youth', 'resident'] as const)] as const) {
      await this.run(registerParticipant, {
        tableId,
        participantId: r.uuid(),
        perspective,
        consent: true,
        displayName: 'Deelnemer',
      });
    }
    const sessionId = r.uuid();
    await this.run(holdSession, { tableId, sessionId, heldOn: this.day(), attendance: { client: 2, carer: 1 } });
    await this.run(recordContribution, {
      tableId,
      contributionId: r.uuid(),
      perspective: 'client',
      summary: 'De taxi wacht niet als de afspraak uitloopt.',
      sessionId,
    });
    await this.run(closeTemporaryTable, { tableId, outcome: 'advice', summary: 'Advies over vervoer naar zorg.' });
    return tableId;
  }
}
