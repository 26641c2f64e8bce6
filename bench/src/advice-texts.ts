import type { Random } from './random';

/**
 * One theme of the social domain an advice can be about, with the share of trajectories that
 * touch it. Its `word` occurs, in that very form, in its own phrases and in no other theme's,
 * so a search for it finds the trajectories that drew the theme (and those only).
 */
interface Theme {
  readonly word: string;
  readonly share: number;
  readonly topic: string;
  readonly question: string;
  readonly summary: string;
  readonly recommendations: readonly string[];
}

/** From common (a third of the register) to rare (a few in a hundred), as words in a real register spread. */
const THEMES: readonly Theme[] = [
  {
    word: 'toegankelijkheid',
    share: 0.3,
    topic: 'toegankelijkheid van openbare gebouwen',
    question: 'Hoe verbeteren we de toegankelijkheid van het gemeentehuis en de bibliotheek?',
    summary: 'Vergroot de fysieke en digitale toegankelijkheid van gemeentelijke voorzieningen.',
    recommendations: [
      'Toets elk nieuw gebouw vooraf op toegankelijkheid, samen met ervaringsdeskundigen.',
      'Publiceer per voorziening wat er aan toegankelijkheid ontbreekt en wanneer het klaar is.',
    ],
  },
  {
    word: 'wijkteam',
    share: 0.25,
    topic: 'het sociaal wijkteam als voordeur',
    question: 'Hoe wordt het wijkteam beter bereikbaar voor inwoners zonder internet?',
    summary: 'Maak het wijkteam zichtbaar en bereikbaar in elke wijk.',
    recommendations: [
      'Geef het wijkteam een vast inloopspreekuur in het buurthuis.',
      'Laat het wijkteam binnen vijf werkdagen terugbellen.',
    ],
  },
  {
    word: 'wmo',
    share: 0.2,
    topic: 'maatwerkvoorzieningen in de Wmo',
    question: 'Hoe kan een aanvraag voor de Wmo eenvoudiger en sneller?',
    summary: 'Beperk de formulieren bij een melding voor de Wmo tot wat echt nodig is.',
    recommendations: [
      'Bied bij elke melding voor de Wmo een keukentafelgesprek aan.',
      'Verleng indicaties in de Wmo zonder nieuw onderzoek als er niets veranderd is.',
    ],
  },
  {
    word: 'mantelzorg',
    share: 0.2,
    topic: 'erkenning van mantelzorg',
    question: 'Wat is er nodig om mantelzorg vol te houden naast werk en gezin?',
    summary: 'Erken mantelzorg en bied ondersteuning voordat het te zwaar wordt.',
    recommendations: [
      'Geef wie mantelzorg geeft een vast aanspreekpunt bij de gemeente.',
      'Maak de waardering voor mantelzorg jaarlijks en zonder aanvraagformulier.',
    ],
  },
  {
    word: 'jeugdhulp',
    share: 0.15,
    topic: 'wachttijden in de jeugdhulp',
    question: 'Hoe verkorten we de wachttijd voor jeugdhulp?',
    summary: 'Jeugdhulp moet sneller beschikbaar zijn en dichter bij huis.',
    recommendations: [
      'Zet een praktijkondersteuner voor jeugdhulp in bij elke huisartsenpraktijk.',
      'Meld ouders binnen twee weken hoe lang de wachttijd voor jeugdhulp nog is.',
    ],
  },
  {
    word: 'schuldhulp',
    share: 0.1,
    topic: 'vroegsignalering en schuldhulp',
    question: 'Hoe bereikt schuldhulp inwoners voordat de schulden oplopen?',
    summary: 'Schuldhulp moet eerder beginnen, op signalen van verhuurders en energiebedrijven.',
    recommendations: [
      'Bied schuldhulp aan binnen drie dagen na een signaal van een betalingsachterstand.',
      'Laat vrijwilligers van de thuisadministratie meekijken naast de schuldhulp.',
    ],
  },
  {
    word: 'eenzaamheid',
    share: 0.08,
    topic: 'eenzaamheid onder ouderen',
    question: 'Wat doet de gemeente tegen eenzaamheid onder ouderen die alleen wonen?',
    summary: 'Eenzaamheid vraagt om ontmoeting in de wijk, niet om een nieuw loket.',
    recommendations: ['Steun initiatieven tegen eenzaamheid met een klein, snel budget per wijk.'],
  },
  {
    word: 'regiotaxi',
    share: 0.06,
    topic: 'betrouwbaarheid van de regiotaxi',
    question: 'Hoe komt de regiotaxi op tijd bij afspraken in het ziekenhuis?',
    summary: 'De regiotaxi moet betrouwbaar zijn voor wie geen ander vervoer heeft.',
    recommendations: ['Spreek met de vervoerder een boete af als de regiotaxi te laat komt.'],
  },
  {
    word: 'statushouders',
    share: 0.04,
    topic: 'inburgering van statushouders',
    question: 'Hoe vinden statushouders sneller werk en een taalmaatje?',
    summary: 'Statushouders hebben een vaste begeleider nodig in hun eerste jaar.',
    recommendations: ['Koppel statushouders vanaf de eerste week aan een werkgever in de buurt.'],
  },
  {
    word: 'respijtzorg',
    share: 0.03,
    topic: 'respijtzorg voor overbelaste verzorgers',
    question: 'Is er genoeg respijtzorg voor wie langdurig voor een naaste zorgt?',
    summary: 'Respijtzorg moet zonder wachtlijst te boeken zijn.',
    recommendations: ['Maak respijtzorg in het weekend mogelijk, ook voor één nacht.'],
  },
  {
    word: 'laaggeletterdheid',
    share: 0.015,
    topic: 'brieven en laaggeletterdheid',
    question: 'Hoe houden gemeentelijke brieven rekening met laaggeletterdheid?',
    summary: 'Laaggeletterdheid is geen reden om iemand zijn recht te ontnemen.',
    recommendations: ['Test elke standaardbrief met inwoners die met laaggeletterdheid leven.'],
  },
  {
    word: 'dakloosheid',
    share: 0.015,
    topic: 'dakloosheid onder jongeren',
    question: 'Hoe voorkomen we dakloosheid bij jongeren die uit de jeugdzorg komen?',
    summary: 'Dakloosheid begint vaak bij de achttiende verjaardag; bereid het wonen daarvoor voor.',
    recommendations: ['Reserveer woningen voor jongeren om dakloosheid na hun achttiende te voorkomen.'],
  },
];

/** What the bench searches for: common words, rare words and two words together (both must occur). */
export const SEARCHES = [
  { q: 'toegankelijkheid', kind: 'common' },
  { q: 'wijkteam', kind: 'common' },
  { q: 'mantelzorg', kind: 'common' },
  { q: 'respijtzorg', kind: 'rare' },
  { q: 'laaggeletterdheid', kind: 'rare' },
  { q: 'wijkteam schuldhulp', kind: 'two words' },
] as const;

export type SearchKind = (typeof SEARCHES)[number]['kind'];

/** A trajectory's searchable texts: what the register's Dutch full-text index reads. */
export interface AdviceTexts {
  readonly subject: string;
  readonly question: string;
  readonly summary: string;
  /** The text of recommendation `number` (1-based). */
  recommendation(number: number): string;
}

/**
 * Draws the themes of one trajectory, each with its share (a trajectory that draws none takes
 * one in proportion to the shares), and writes its texts from them. The caller passes a source
 * of its own, so that the store's shape drawn from the generator's main source stays the same.
 */
export function drawAdviceTexts(random: Random): AdviceTexts {
  const drawn = THEMES.filter((t) => random.chance(t.share));
  const themes = drawn.length > 0 ? drawn : [weighted(random)];
  const first = themes[0] as Theme;
  const picks = themes.map((t) => random.pick(t.recommendations));
  return {
    subject: `Advies over ${themes.map((t) => t.topic).join(', ')}`,
    question: first.question,
    summary: themes.map((t) => t.summary).join(' '),
    recommendation: (number) => `Aanbeveling ${number}: ${picks[(number - 1) % picks.length] ?? first.summary}`,
  };
}

function weighted(random: Random): Theme {
  const total = THEMES.reduce((sum, t) => sum + t.share, 0);
  let left = random.next() * total;
  for (const theme of THEMES) {
    left -= theme.share;
    if (left < 0) return theme;
  }
  return THEMES[THEMES.length - 1] as Theme;
}
