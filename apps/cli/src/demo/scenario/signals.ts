import { BEVERWIJK, HEEMSKERK, memberOf, VELSEN } from './actors';
import { stepsOf, type DemoStep, type ScenarioCalendar } from './demo-step';
import { BODY, cluster, signal } from './ids';

/** One signal as the council recorded it, and how it was weighed. */
export interface DemoSignal {
  readonly n: number;
  readonly bodyId: string;
  readonly municipalityCode: string;
  readonly channel: string;
  readonly receivedDay: number;
  readonly themes: readonly string[];
  readonly domain: 'wmo' | 'youth' | 'participation-act';
  readonly summary: string;
  readonly reporter?: { readonly name: string; readonly contact?: string };
  readonly scope: 'individual' | 'collective';
  readonly rationale: string;
  readonly referredTo?: string;
  readonly closed?: { readonly outcome: string; readonly feedbackGiven: boolean };
}

/** Residents' signals across the three municipalities (names are fictional). */
export const SIGNALS: readonly DemoSignal[] = [
  {
    n: 1,
    bodyId: BODY.beverwijk,
    municipalityCode: BEVERWIJK,
    channel: 'living-room-talk',
    receivedDay: 21,
    themes: ['toegang', 'loket'],
    domain: 'wmo',
    summary: 'Inwoners weten niet bij welk loket zij met een vraag over hulp thuis terechtkunnen.',
    reporter: { name: 'Anneke de Graaf', contact: '06-12345678' },
    scope: 'collective',
    rationale: 'In drie huiskamergesprekken en bij de formulierenbrigade gehoord.',
    closed: { outcome: 'Meegenomen in het advies over één loket; aan de melder teruggekoppeld.', feedbackGiven: true },
  },
  {
    n: 2,
    bodyId: BODY.beverwijk,
    municipalityCode: BEVERWIJK,
    channel: 'home-care',
    receivedDay: 35,
    themes: ['toegang', 'wachttijden'],
    domain: 'wmo',
    summary: 'Thuiszorgmedewerkers zien cliënten die maanden wachten op een keukentafelgesprek.',
    scope: 'collective',
    rationale: 'Meerdere thuiszorgteams melden hetzelfde patroon.',
    closed: { outcome: 'Onderdeel van het advies over één loket.', feedbackGiven: true },
  },
  {
    n: 3,
    bodyId: BODY.beverwijk,
    municipalityCode: BEVERWIJK,
    channel: 'complaint',
    receivedDay: 40,
    themes: ['hulpmiddelen'],
    domain: 'wmo',
    summary: 'Meneer Veldhuis wacht al tien weken op de reparatie van zijn scootmobiel.',
    reporter: { name: 'Kees Veldhuis', contact: 'kees.veldhuis@example.org' },
    scope: 'individual',
    rationale: 'Een persoonlijke klacht over één leverancier; geen patroon gezien.',
    referredTo: 'Cliëntondersteuning Beverwijk',
    closed: { outcome: 'Doorverwezen; de reparatie is ingepland.', feedbackGiven: true },
  },
  {
    n: 4,
    bodyId: BODY.heemskerk,
    municipalityCode: HEEMSKERK,
    channel: 'interview',
    receivedDay: 56,
    themes: ['werk', 'zorg'],
    domain: 'participation-act',
    summary: 'Mensen met een uitkering en een zorgvraag moeten hun verhaal bij twee afdelingen doen.',
    scope: 'collective',
    rationale: 'Zes van de acht geïnterviewden noemden het.',
    closed: { outcome: 'Basis van het advies over aanhaken bij zorgvragen.', feedbackGiven: false },
  },
  {
    n: 5,
    bodyId: BODY.heemskerk,
    municipalityCode: HEEMSKERK,
    channel: 'meeting',
    receivedDay: 63,
    themes: ['werk', 'schulden'],
    domain: 'participation-act',
    summary: 'Bij de werkgroep schulden kwam naar voren dat re-integratie stokt door schulden.',
    scope: 'collective',
    rationale: 'Herkend door de werkcoaches en door ervaringsdeskundigen.',
  },
  {
    n: 6,
    bodyId: BODY.youthPanel,
    municipalityCode: VELSEN,
    channel: 'survey',
    receivedDay: 70,
    themes: ['jeugd', 'meepraten'],
    domain: 'youth',
    summary: 'Jongeren willen via een app en een jongerenraad meepraten, niet via lange vergaderingen.',
    scope: 'collective',
    rationale: 'Flitspeiling onder jongeren in de drie gemeenten.',
    closed: { outcome: 'Leidde tot de jongerenconsultatie.', feedbackGiven: true },
  },
  {
    n: 7,
    bodyId: BODY.youthPanel,
    municipalityCode: VELSEN,
    channel: 'social-media',
    receivedDay: 84,
    themes: ['jeugdhulp', 'wachttijden'],
    domain: 'youth',
    summary: 'Ouders delen online hoe lang zij op jeugdhulp wachten.',
    scope: 'collective',
    rationale: 'Veel reacties uit de hele regio op hetzelfde bericht.',
  },
  {
    n: 8,
    bodyId: BODY.velsen,
    municipalityCode: VELSEN,
    channel: 'platform',
    receivedDay: 98,
    themes: ['vervoer', 'dagbesteding'],
    domain: 'wmo',
    summary: 'Het doelgroepenvervoer naar de dagbesteding komt vaak te laat.',
    scope: 'collective',
    rationale: 'Meldingen van meerdere dagbestedingslocaties.',
  },
  {
    n: 9,
    bodyId: BODY.velsen,
    municipalityCode: VELSEN,
    channel: 'flexible-shell',
    receivedDay: 105,
    themes: ['vervoer'],
    domain: 'wmo',
    summary: 'Chauffeurs van het doelgroepenvervoer hebben te weinig tijd per rit.',
    scope: 'collective',
    rationale: 'Bevestigt het beeld van de meldingen over te laat komen.',
  },
  {
    n: 10,
    bodyId: BODY.heemskerk,
    municipalityCode: HEEMSKERK,
    channel: 'meeting',
    receivedDay: 140,
    themes: ['mantelzorg'],
    domain: 'wmo',
    summary: 'Mantelzorgers voelen zich niet gezien in de waardering die de gemeente geeft.',
    scope: 'collective',
    rationale: 'Gehoord op de mantelzorgdag en bij het steunpunt.',
  },
];

/** The clusters the council made of related signals. */
export const CLUSTERS = [{ n: 1, signalNumbers: [8, 9], title: 'Doelgroepenvervoer komt te laat' }] as const;

export function signalSteps(calendar: ScenarioCalendar): DemoStep[] {
  const { steps, post } = stepsOf('signals');
  for (const s of SIGNALS) {
    const member = memberOf(s.bodyId);
    post('RecordSignal', member, '/signals', {
      id: signal(s.n),
      bodyId: s.bodyId,
      municipalityCode: s.municipalityCode,
      channel: s.channel,
      receivedOn: calendar.day(s.receivedDay),
      themes: s.themes,
      domain: s.domain,
      summary: s.summary,
      ...(s.reporter ? { reporter: s.reporter } : {}),
    });
    post('AssessSignal', member, `/signals/${signal(s.n)}/_assess`, { scope: s.scope, rationale: s.rationale });
    if (s.referredTo) {
      post('ReferSignal', member, `/signals/${signal(s.n)}/_refer`, {
        referredTo: s.referredTo,
        note: 'Met toestemming van de melder doorgestuurd.',
      });
    }
  }
  for (const c of CLUSTERS) {
    // A cluster is made by the body whose signals it gathers.
    const member = memberOf(SIGNALS.find((s) => s.n === c.signalNumbers[0])?.bodyId ?? '');
    post('ClusterSignals', member, '/signal-clusters', {
      id: cluster(c.n),
      signalIds: c.signalNumbers.map(signal),
      title: c.title,
    });
  }
  return steps;
}

/** Closing comes later in the story, once the advice the signals fed has been answered. */
export function signalClosingSteps(): DemoStep[] {
  const { steps, post } = stepsOf('signal-closing');
  for (const s of SIGNALS) {
    if (s.closed) post('CloseSignal', memberOf(s.bodyId), `/signals/${signal(s.n)}/_close`, s.closed);
  }
  return steps;
}
