/** The access log page's words; Dutch only, like the other record pages. */
export const personalDataAccessNl = {
  title: 'Wie zag persoonsgegevens',
  intro:
    'Elk antwoord dat persoonsgegevens toont, staat hier: wie het vroeg, in welke rol, wanneer en van welke persoon. ' +
    'Het logboek bevat alleen nummers, nooit de gegevens zelf, en blijft bestaan als een persoon vergeten is.',
  filterHeading: 'Zoeken op persoon',
  personId: 'Persoonsnummer',
  personIdHint:
    'Het nummer van de persoon zoals het in een antwoord staat, bijvoorbeeld bij de melder van een signaal.',
  any: 'Alle',
  apply: 'Zoeken',
  reset: 'Alles tonen',
  notAPersonId: 'Dit is geen geldig persoonsnummer; hieronder staan alle inzagen.',
  none: 'Niemand heeft deze persoonsgegevens gezien.',
  caption: 'Inzagen in persoonsgegevens, nieuwste eerst',
  when: 'Wanneer',
  who: 'Wie',
  role: 'Rol',
  person: 'Persoon',
  through: 'Via',
  shown: (from: number, to: number, total: number): string => `Inzage ${from} tot en met ${to} van ${total}`,
  operations: {
    GetSignal: 'Signaal',
    ListSignals: 'Signalenregister',
    GetTemporaryTable: 'Tijdelijke tafel',
    ListMembers: 'Leden van een orgaan',
  } as Readonly<Record<string, string>>,
} as const;
