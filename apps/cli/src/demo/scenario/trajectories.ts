import { ACTORS, BEVERWIJK, HEEMSKERK, memberOf, VELSEN } from './actors';
import { stepsOf, type DemoActor, type DemoStep, type ScenarioCalendar } from './demo-step';
import { BODY, signal, TABLE, TRAJECTORY } from './ids';

type CollegeDecision = 'adopted' | 'partially-adopted' | 'not-adopted';
type CouncilDecision = 'adopted' | 'rejected' | 'amended' | 'postponed';
type Progress = 'not-started' | 'in-progress' | 'realised' | 'dropped';

/** One advice trajectory, from its start to wherever the story leaves it; days count from day 0. */
export interface DemoTrajectory {
  readonly id: string;
  readonly municipalityCode: string;
  readonly bodyId: string;
  readonly kind: 'solicited' | 'unsolicited';
  readonly subject: string;
  /** The question the municipality asks; every solicited trajectory has one. */
  readonly question?: string;
  readonly domain: 'wmo' | 'youth' | 'participation-act';
  readonly policyPhase: 'agenda-setting' | 'preparation' | 'decision' | 'implementation' | 'evaluation';
  readonly responseDueDay?: number;
  /** The official of the municipality, who records the college's and the council's steps. */
  readonly official: DemoActor;
  readonly approach?: { readonly forms: readonly string[]; readonly phases: readonly string[]; readonly roles: string };
  readonly signalNumbers: readonly number[];
  readonly tableIds: readonly string[];
  readonly advice?: {
    readonly day: number;
    readonly summary: string;
    readonly clientPerspective: string;
    readonly recommendations: readonly string[];
  };
  readonly response?: {
    readonly day: number;
    readonly decisions: readonly { readonly decision: CollegeDecision; readonly reasoning?: string }[];
    readonly documentRef: string;
  };
  /** The college corrected its response: the history keeps both, every view shows this one. */
  readonly correction?: {
    readonly reason: string;
    readonly decisions: readonly { readonly decision: CollegeDecision; readonly reasoning?: string }[];
  };
  readonly proposals: readonly {
    readonly proposalRef: string;
    readonly attachedDay: number;
    readonly decision?: { readonly day: number; readonly decision: CouncilDecision; readonly note?: string };
  }[];
  readonly followUp?: readonly { readonly dueDay: number; readonly description: string }[];
  readonly dispute?: { readonly reason: string; readonly resolution: string };
  readonly progress: readonly {
    readonly recommendationNumber: number;
    readonly status: Progress;
    readonly day: number;
    readonly note?: string;
  }[];
  readonly end?:
    { readonly outcome: 'closed'; readonly note: string } | { readonly outcome: 'withdrawn'; readonly reason: string };
}

/**
 * Solicited and unsolicited advice in the three municipalities and the region, with every
 * college decision (adopted, partly, not), every council decision (adopted, rejected, amended,
 * postponed), every implementation status, a dispute, an overdue response and a withdrawal.
 */
export const TRAJECTORIES: readonly DemoTrajectory[] = [
  {
    id: TRAJECTORY.oneDesk,
    municipalityCode: BEVERWIJK,
    bodyId: BODY.beverwijk,
    kind: 'solicited',
    subject: 'Eén loket voor hulp en zorg',
    question: 'Hoe maken we de weg naar hulp en zorg eenvoudiger voor inwoners?',
    domain: 'wmo',
    policyPhase: 'agenda-setting',
    responseDueDay: 170,
    official: ACTORS.beverwijk,
    approach: {
      forms: ['theme-table', 'living-room-talks'],
      phases: ['agenda-setting', 'preparation'],
      roles: 'De participatieraad leidt de thematafel; de beleidsadviseur brengt de beleidsvraag in.',
    },
    signalNumbers: [1, 2],
    tableIds: [TABLE.access],
    advice: {
      day: 130,
      summary: 'Maak de toegang tot hulp en zorg eenvoudig: één loket, één contactpersoon, begrijpelijke brieven.',
      clientPerspective: 'Cliënten willen hun verhaal één keer vertellen aan iemand die hen blijft kennen.',
      recommendations: [
        'Open één fysiek en telefonisch loket voor alle vragen over hulp en zorg.',
        'Geef iedere cliënt één vaste contactpersoon.',
        'Herschrijf alle beschikkingsbrieven op taalniveau B1.',
      ],
    },
    response: {
      day: 158,
      decisions: [
        { decision: 'adopted' },
        {
          decision: 'partially-adopted',
          reasoning: 'Een vaste contactpersoon eerst voor cliënten met meerdere voorzieningen.',
        },
        {
          decision: 'not-adopted',
          reasoning: 'De brieven volgen een landelijk model dat de gemeente niet zelf kan wijzigen.',
        },
      ],
      documentRef: 'B&W Beverwijk 2025/0412',
    },
    proposals: [
      {
        proposalRef: 'RV-BEV-2025-041',
        attachedDay: 172,
        decision: { day: 200, decision: 'adopted' },
      },
    ],
    followUp: [
      { dueDay: 380, description: 'Het loket is open en bemand.' },
      { dueDay: 560, description: 'Evaluatie van de vaste contactpersoon met cliënten.' },
    ],
    progress: [
      { recommendationNumber: 1, status: 'in-progress', day: 300 },
      { recommendationNumber: 1, status: 'realised', day: 390, note: 'Het loket in het stadhuis is open.' },
      { recommendationNumber: 2, status: 'in-progress', day: 420 },
    ],
    end: { outcome: 'closed', note: 'Afgerond; de uitvoering wordt gevolgd via de afgesproken momenten.' },
  },
  {
    id: TRAJECTORY.workAndCare,
    municipalityCode: HEEMSKERK,
    bodyId: BODY.heemskerk,
    kind: 'solicited',
    subject: 'Werk en inkomen laten aanhaken bij zorgvragen',
    question: 'Hoe sluiten werk, inkomen en zorg beter op elkaar aan voor één huishouden?',
    domain: 'participation-act',
    policyPhase: 'preparation',
    responseDueDay: 190,
    official: ACTORS.heemskerk,
    approach: {
      forms: ['interviews'],
      phases: ['preparation'],
      roles: 'Ervaringsdeskundigen interviewen cliënten; de gemeente levert de vragen.',
    },
    signalNumbers: [4, 5],
    tableIds: [TABLE.workAndIncome],
    advice: {
      day: 150,
      summary: 'Eén gezamenlijk plan voor werk, inkomen en zorg.',
      clientPerspective: 'Cliënten met een uitkering en een zorgvraag willen één plan en één gesprek.',
      recommendations: [
        'Werk met één gezamenlijk plan per huishouden.',
        'Leid werkcoaches op in het herkennen van zorgvragen.',
      ],
    },
    response: {
      day: 185,
      decisions: [
        { decision: 'partially-adopted', reasoning: 'Eerst als proef in twee wijken.' },
        { decision: 'adopted' },
      ],
      documentRef: 'B&W Heemskerk 2025/077',
    },
    correction: {
      reason: 'Aanbeveling 2 is bij vergissing als overgenomen vastgelegd; het college nam haar deels over.',
      decisions: [
        { decision: 'partially-adopted', reasoning: 'Eerst als proef in twee wijken.' },
        { decision: 'partially-adopted', reasoning: 'Werkcoaches volgen alleen de basismodule over zorgvragen.' },
      ],
    },
    proposals: [
      {
        proposalRef: 'RV-HMK-2025-052',
        attachedDay: 195,
        decision: { day: 230, decision: 'amended', note: 'Amendement: de proef duurt een jaar langer.' },
      },
    ],
    followUp: [{ dueDay: 450, description: 'Tussenevaluatie van de proef.' }],
    progress: [
      { recommendationNumber: 1, status: 'not-started', day: 260 },
      {
        recommendationNumber: 2,
        status: 'dropped',
        day: 400,
        note: 'De opleiding is opgegaan in het regionale scholingsprogramma.',
      },
    ],
  },
  {
    id: TRAJECTORY.youthCare,
    municipalityCode: VELSEN,
    bodyId: BODY.regional,
    kind: 'solicited',
    subject: 'Regionale inkoop jeugdhulp 2026',
    question: 'Waar moet de regio op letten bij de inkoop van jeugdhulp voor 2026?',
    domain: 'youth',
    policyPhase: 'preparation',
    responseDueDay: 215,
    official: ACTORS.velsen,
    approach: {
      forms: ['digital-consultation', 'panel'],
      phases: ['preparation', 'decision'],
      roles: 'Het jongerenpanel raadpleegt jongeren; de regionale raad schrijft het advies.',
    },
    signalNumbers: [6, 7],
    tableIds: [TABLE.youthConsultation],
    advice: {
      day: 175,
      summary: 'Koop jeugdhulp in met jongeren aan tafel en met hulp tijdens het wachten.',
      clientPerspective: 'Jongeren willen zelf kiezen met wie zij praten en niet alleen maar wachten.',
      recommendations: [
        'Neem jongeren op in het inkoopteam.',
        'Eis overbruggingshulp van aanbieders met een wachtlijst.',
      ],
    },
    response: {
      day: 205,
      decisions: [{ decision: 'adopted' }, { decision: 'adopted' }],
      documentRef: 'B&W Velsen 2025/311',
    },
    proposals: [
      {
        proposalRef: 'RV-VLS-2025-063',
        attachedDay: 210,
        decision: { day: 240, decision: 'postponed', note: 'Eerst de regionale begroting.' },
      },
      { proposalRef: 'RV-VLS-2026-007', attachedDay: 300, decision: { day: 330, decision: 'adopted' } },
    ],
    followUp: [{ dueDay: 500, description: 'Jongeren beoordelen de eerste inkoopronde.' }],
    dispute: {
      reason: 'De afspraak om jongeren terug te koppelen wat met hun inbreng gebeurde, is niet nagekomen.',
      resolution: 'De wethouder heeft het jongerenpanel alsnog bijgepraat; terugkoppeling staat nu in het plan.',
    },
    progress: [
      { recommendationNumber: 1, status: 'realised', day: 420, note: 'Twee jongeren zitten in het inkoopteam.' },
      { recommendationNumber: 2, status: 'in-progress', day: 450 },
    ],
  },
  {
    id: TRAJECTORY.transport,
    municipalityCode: VELSEN,
    bodyId: BODY.velsen,
    kind: 'unsolicited',
    subject: 'Doelgroepenvervoer op tijd',
    domain: 'wmo',
    policyPhase: 'implementation',
    official: ACTORS.velsen,
    signalNumbers: [8, 9],
    tableIds: [TABLE.transport],
    advice: {
      day: 200,
      summary: 'Geef chauffeurs meer tijd per rit en bel reizigers bij vertraging.',
      clientPerspective: 'Reizigers naar de dagbesteding willen op tijd komen en weten waar de bus blijft.',
      recommendations: ['Plan ruimere ritten.', 'Bel of app reizigers bij meer dan een kwartier vertraging.'],
    },
    response: {
      day: 245,
      decisions: [
        { decision: 'not-adopted', reasoning: 'Ruimere ritten passen niet binnen het lopende vervoerscontract.' },
        { decision: 'partially-adopted', reasoning: 'Een app-bericht komt er; bellen niet.' },
      ],
      documentRef: 'B&W Velsen 2025/402',
    },
    proposals: [
      {
        proposalRef: 'RV-VLS-2025-081',
        attachedDay: 250,
        decision: { day: 280, decision: 'rejected', note: 'De raad wacht de nieuwe aanbesteding af.' },
      },
    ],
    progress: [],
  },
  {
    id: TRAJECTORY.neighbourhoodTeams,
    municipalityCode: BEVERWIJK,
    bodyId: BODY.beverwijk,
    kind: 'solicited',
    subject: 'Jeugdhulp dichtbij: de wijkteams',
    question: 'Hoe brengen we jeugdhulp dichter bij gezinnen, via de wijkteams?',
    domain: 'youth',
    policyPhase: 'decision',
    // The response was due 40 days before today's end of the story: it is overdue.
    responseDueDay: 560,
    official: ACTORS.beverwijk,
    signalNumbers: [],
    tableIds: [],
    advice: {
      day: 520,
      summary: 'Zet jeugdhulp in de wijkteams, dicht bij school en thuis.',
      clientPerspective: 'Ouders en jongeren willen hulp in de buurt, zonder verwijzing van ver weg.',
      recommendations: ['Plaats een jeugdhulpverlener in elk wijkteam.'],
    },
    proposals: [],
    progress: [],
  },
  {
    id: TRAJECTORY.carers,
    municipalityCode: HEEMSKERK,
    bodyId: BODY.heemskerk,
    kind: 'unsolicited',
    subject: 'Mantelzorgwaardering die aankomt',
    domain: 'wmo',
    policyPhase: 'agenda-setting',
    // Due after the story ends: awaiting the college, not overdue.
    responseDueDay: 640,
    official: ACTORS.heemskerk,
    signalNumbers: [10],
    tableIds: [],
    advice: {
      day: 590,
      summary: 'Vraag mantelzorgers zelf hoe zij gewaardeerd willen worden.',
      clientPerspective: 'Mantelzorgers willen erkenning en respijt, niet alleen een cadeaubon.',
      recommendations: ['Vervang de cadeaubon door een keuze uit respijtzorg of een bon.'],
    },
    proposals: [],
    progress: [],
  },
  {
    id: TRAJECTORY.homeHelp,
    municipalityCode: VELSEN,
    bodyId: BODY.velsen,
    kind: 'solicited',
    subject: 'Evaluatie huishoudelijke hulp',
    question: 'Wat vinden cliënten van de huishoudelijke hulp sinds de nieuwe aanbesteding?',
    domain: 'wmo',
    policyPhase: 'evaluation',
    responseDueDay: 400,
    official: ACTORS.velsen,
    signalNumbers: [],
    tableIds: [],
    proposals: [],
    progress: [],
    end: { outcome: 'withdrawn', reason: 'De evaluatie gaat op in de regionale evaluatie van de Wmo.' },
  },
];

/**
 * Two passes, as time goes: first every trajectory is started and advised; then the college,
 * the council and the implementation follow. So the college's response lands well after the
 * advice, and `asOf` between them shows the trajectory without it.
 */
export function trajectorySteps(calendar: ScenarioCalendar): DemoStep[] {
  const { steps, post } = stepsOf('trajectories');
  const at = (t: DemoTrajectory, step: string): string => `/advice-trajectories/${t.id}/${step}`;
  for (const t of TRAJECTORIES) {
    // The council acts through a member of the body that advises.
    const member = memberOf(t.bodyId);
    // Solicited advice is asked by the municipality; unsolicited advice starts with the council.
    post('StartAdviceTrajectory', t.kind === 'solicited' ? t.official : member, '/advice-trajectories', {
      id: t.id,
      municipalityCode: t.municipalityCode,
      bodyId: t.bodyId,
      kind: t.kind,
      subject: t.subject,
      ...(t.question === undefined ? {} : { question: t.question }),
      domain: t.domain,
      policyPhase: t.policyPhase,
      ...(t.responseDueDay === undefined ? {} : { responseDueOn: calendar.day(t.responseDueDay) }),
    });
    // The municipality proposes the approach and the body confirms it: made together (seed 004).
    if (t.approach) {
      post('AgreeParticipationApproach', t.official, at(t, 'participation-approach'), t.approach);
      post('ConfirmParticipationApproach', member, at(t, 'participation-approach/_confirm'), {});
    }
    for (const n of t.signalNumbers) post('LinkSignal', member, at(t, 'linked-signals'), { signalId: signal(n) });
    for (const tableId of t.tableIds) post('LinkTemporaryTable', member, at(t, 'linked-tables'), { tableId });
    if (t.advice) {
      post('IssueAdvice', member, at(t, 'advice'), {
        issuedOn: calendar.day(t.advice.day),
        summary: t.advice.summary,
        clientPerspective: t.advice.clientPerspective,
        recommendations: t.advice.recommendations.map((text, i) => ({ number: i + 1, text })),
      });
    }
  }
  for (const t of TRAJECTORIES) {
    const member = memberOf(t.bodyId);
    if (t.response) {
      post('RecordCollegeResponse', t.official, at(t, 'college-response'), {
        respondedOn: calendar.day(t.response.day),
        decisions: t.response.decisions.map((d, i) => ({ recommendationNumber: i + 1, ...d })),
        documentRef: t.response.documentRef,
      });
    }
    if (t.correction) {
      post('CorrectCollegeResponse', t.official, at(t, 'college-response/_correct'), {
        reason: t.correction.reason,
        decisions: t.correction.decisions.map((d, i) => ({ recommendationNumber: i + 1, ...d })),
      });
    }
    for (const p of t.proposals) {
      post('AttachToCouncilProposal', t.official, at(t, 'council-proposals'), {
        proposalRef: p.proposalRef,
        attachedOn: calendar.day(p.attachedDay),
      });
      if (p.decision) {
        post('RecordCouncilDecision', t.official, at(t, 'council-decisions'), {
          decidedOn: calendar.day(p.decision.day),
          decision: p.decision.decision,
          ...(p.decision.note ? { note: p.decision.note } : {}),
        });
      }
    }
    if (t.followUp) {
      post('AgreeImplementationFollowUp', t.official, at(t, 'implementation-follow-up'), {
        checkpoints: t.followUp.map((c) => ({ dueOn: calendar.day(c.dueDay), description: c.description })),
      });
    }
    if (t.dispute) {
      post('RaiseDispute', member, at(t, 'disputes'), { reason: t.dispute.reason });
      // Settled by the independent dispute committee, not by a party to it (seed 003, condition 1).
      post('ResolveDispute', ACTORS.committee, at(t, 'disputes/_resolve'), { resolution: t.dispute.resolution });
    }
    for (const p of t.progress) {
      post('ReportImplementationProgress', t.official, at(t, 'implementation-progress'), {
        recommendationNumber: p.recommendationNumber,
        status: p.status,
        reportedOn: calendar.day(p.day),
        ...(p.note ? { note: p.note } : {}),
      });
    }
    if (t.end?.outcome === 'closed') post('CloseTrajectory', t.official, at(t, '_close'), { note: t.end.note });
    if (t.end?.outcome === 'withdrawn') {
      post('WithdrawTrajectory', t.official, at(t, '_withdraw'), { reason: t.end.reason });
    }
  }
  return steps;
}
