import { BEVERWIJK, HEEMSKERK, memberOf, VELSEN } from './actors';
import { stepsOf, type DemoStep, type ScenarioCalendar } from './demo-step';
import { BODY, contribution, participant, session, TABLE } from './ids';

type Group = 'client' | 'lived-experience' | 'carer' | 'resident' | 'youth' | 'professional' | 'other';

/** A temporary table from opening to close (attendance keys as the API takes them: `livedExperience`): who was expected, who came, what they brought in. */
export interface DemoTable {
  readonly n: number;
  readonly id: string;
  readonly municipalityCode: string;
  readonly bodyId: string;
  readonly theme: string;
  readonly question: string;
  readonly initiatedBy: 'municipality' | 'body' | 'joint';
  readonly form: string;
  readonly expectedGroups: readonly Group[];
  readonly openedDay: number;
  readonly participants: readonly {
    readonly perspective: Group;
    readonly displayName?: string;
    readonly ageBand?: string;
  }[];
  readonly sessions: readonly { readonly day: number; readonly attendance: Readonly<Record<string, number>> }[];
  readonly contributions: readonly { readonly perspective: Group; readonly summary: string }[];
  readonly close?: {
    readonly outcome: string;
    readonly summary: string;
    readonly waiver?: string;
    /** Why an expected group was not at the table, by the API's key (`livedExperience`). */
    readonly missingGroupReasons?: Readonly<Record<string, string>>;
  };
}

const times = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));

/** The three pilot themes of seed 001 (work and income, access, youth) and a table still running. */
export const TABLES: readonly DemoTable[] = [
  {
    n: 1,
    id: TABLE.access,
    municipalityCode: BEVERWIJK,
    bodyId: BODY.beverwijk,
    theme: 'Toegang tot hulp en zorg',
    question: 'Hoe maken we hulp en zorg echt makkelijk vindbaar en herkenbaar?',
    initiatedBy: 'joint',
    form: 'theme-table',
    expectedGroups: ['client', 'lived-experience', 'carer', 'professional'],
    openedDay: 45,
    participants: [
      { perspective: 'client', displayName: 'Ria Hoogland' },
      { perspective: 'client' },
      { perspective: 'client' },
      { perspective: 'carer', displayName: 'Ton Baas' },
      { perspective: 'carer' },
      { perspective: 'professional' },
    ],
    sessions: [
      { day: 60, attendance: { client: 3, carer: 2, professional: 1 } },
      { day: 81, attendance: { client: 2, carer: 2 } },
    ],
    contributions: [
      { perspective: 'client', summary: 'Eén telefoonnummer voor alle vragen over hulp thuis.' },
      { perspective: 'client', summary: 'Mevrouw Hoogland wil één vaste contactpersoon die haar situatie kent.' },
      { perspective: 'client', summary: 'Brieven van de gemeente zijn te moeilijk.' },
      { perspective: 'carer', summary: 'Mantelzorgers worden pas gehoord als het misgaat.' },
      { perspective: 'carer', summary: 'Een keukentafelgesprek zonder mantelzorger mist de helft.' },
      { perspective: 'professional', summary: 'Wijkteams en loketten verwijzen langs elkaar heen.' },
    ],
    close: {
      outcome: 'advice',
      summary: 'Bouwstenen voor het advies over één loket.',
      missingGroupReasons: {
        livedExperience: 'De ervaringsdeskundigen zaten die weken in de regionale raad; zij lazen het advies mee.',
      },
    },
  },
  {
    n: 2,
    id: TABLE.workAndIncome,
    municipalityCode: HEEMSKERK,
    bodyId: BODY.heemskerk,
    theme: 'Werk en inkomen: aanhaken bij zorgvragen',
    question: 'Hoe kan werk en inkomen beter aanhaken bij de zorgvragen van inwoners?',
    initiatedBy: 'municipality',
    form: 'interviews',
    expectedGroups: ['client', 'lived-experience', 'professional'],
    openedDay: 70,
    participants: [
      ...times(4, () => ({ perspective: 'client' as const })),
      ...times(2, () => ({ perspective: 'lived-experience' as const })),
      { perspective: 'professional' },
    ],
    sessions: [{ day: 88, attendance: { client: 4, livedExperience: 2, professional: 1 } }],
    contributions: [
      { perspective: 'client', summary: 'Ik moest mijn verhaal drie keer vertellen.' },
      { perspective: 'client', summary: 'De werkcoach wist niet van mijn zorgindicatie.' },
      { perspective: 'lived-experience', summary: 'Een gezamenlijk plan voorkomt dat mensen afhaken.' },
      { perspective: 'professional', summary: 'Privacyregels worden strenger uitgelegd dan nodig.' },
    ],
    close: { outcome: 'advice', summary: 'Aanbevelingen voor één gezamenlijk plan.' },
  },
  {
    n: 3,
    id: TABLE.youthConsultation,
    municipalityCode: VELSEN,
    bodyId: BODY.youthPanel,
    theme: 'Jongerenconsultatie jeugdhulp',
    question: 'Wat moet de regionale inkoop van jeugdhulp anders doen volgens jongeren zelf?',
    initiatedBy: 'body',
    form: 'digital-consultation',
    expectedGroups: ['youth', 'carer'],
    openedDay: 90,
    participants: [
      ...times(8, (i) => ({ perspective: 'youth' as const, ageBand: i < 5 ? '12-17' : '18-23' })),
      { perspective: 'carer' },
    ],
    sessions: [
      { day: 100, attendance: { youth: 8, carer: 1 } },
      { day: 120, attendance: { youth: 6 } },
    ],
    contributions: [
      ...times(6, (i) =>
        i % 2 === 0
          ? { perspective: 'youth' as const, summary: 'Wachtlijsten zijn te lang; help ons al tijdens het wachten.' }
          : { perspective: 'youth' as const, summary: 'Laat ons zelf kiezen met wie we praten.' },
      ),
      { perspective: 'carer', summary: 'Ouders willen weten waar zij staan op de wachtlijst.' },
    ],
    close: {
      outcome: 'plan',
      summary: 'Een plan voor jongereninspraak bij de inkoop.',
      waiver: 'Jongeren zijn hier zelf de cliënten van de jeugdhulp; hun stem is de cliëntstem.',
    },
  },
  {
    n: 4,
    id: TABLE.transport,
    municipalityCode: VELSEN,
    bodyId: BODY.velsen,
    theme: 'Doelgroepenvervoer',
    question: 'Wat is nodig om op tijd op de dagbesteding te komen?',
    initiatedBy: 'joint',
    form: 'regulars-table',
    expectedGroups: ['client', 'carer', 'professional'],
    openedDay: 150,
    participants: [{ perspective: 'client' }, { perspective: 'client' }],
    sessions: [{ day: 165, attendance: { client: 2 } }],
    contributions: [
      { perspective: 'client', summary: 'De bus komt soms een uur te laat.' },
      { perspective: 'client', summary: 'Niemand belt als de rit uitvalt.' },
    ],
  },
];

export function tableSteps(calendar: ScenarioCalendar): DemoStep[] {
  const { steps, post } = stepsOf('tables');
  for (const t of TABLES) {
    const at = `/temporary-tables/${t.id}`;
    const member = memberOf(t.bodyId);
    post('OpenTemporaryTable', member, '/temporary-tables', {
      id: t.id,
      municipalityCode: t.municipalityCode,
      bodyId: t.bodyId,
      theme: t.theme,
      question: t.question,
      initiatedBy: t.initiatedBy,
      form: t.form,
      expectedGroups: t.expectedGroups,
      plannedUntil: calendar.day(t.openedDay + 90),
    });
    t.participants.forEach((p, i) =>
      post('RegisterParticipant', member, `${at}/participants`, {
        participantId: participant(t.n, i + 1),
        consent: true,
        ...p,
      }),
    );
    t.sessions.forEach((s, i) =>
      post('HoldSession', member, `${at}/sessions`, {
        sessionId: session(t.n, i + 1),
        heldOn: calendar.day(s.day),
        attendance: s.attendance,
      }),
    );
    t.contributions.forEach((c, i) =>
      post('RecordContribution', member, `${at}/contributions`, {
        contributionId: contribution(t.n, i + 1),
        sessionId: session(t.n, 1),
        ...c,
      }),
    );
    if (t.close) {
      post('CloseTemporaryTable', member, `${at}/_close`, {
        outcome: t.close.outcome,
        summary: t.close.summary,
        ...(t.close.waiver ? { clientPerspectiveWaiver: t.close.waiver } : {}),
        ...(t.close.missingGroupReasons ? { missingGroupReasons: t.close.missingGroupReasons } : {}),
      });
    }
  }
  return steps;
}
