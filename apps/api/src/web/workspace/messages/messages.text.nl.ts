/** The outbox page's words; Dutch only, like the other record pages. */
export const messagesNl = {
  title: 'Berichten',
  intro:
    'De e-mails die het systeem schreef over uw gemeenten, nieuwste eerst. Zonder mailserver (geen SMTP_URL) ' +
    'worden ze niet verstuurd maar hier bewaard, zodat u ze kunt lezen. Een bericht dat niet verstuurd kon worden, ' +
    'staat er met de laatste fout.',
  filterHeading: 'Filteren',
  status: 'Status',
  any: 'Alle',
  apply: 'Filteren',
  reset: 'Alles tonen',
  none: 'Er zijn geen berichten.',
  shown: (from: number, to: number, total: number): string => `Bericht ${from} tot en met ${to} van ${total}`,
  to: 'Aan',
  resident: 'Een inwoner (adres versleuteld)',
  kind: 'Soort',
  when: 'Geschreven',
  attempts: (count: number): string => (count === 1 ? '1 poging' : `${count} pogingen`),
  lastError: 'Laatste fout',
  statuses: {
    pending: 'Wacht',
    held: 'Voor het weekoverzicht',
    sending: 'Wordt verstuurd',
    sent: 'Verstuurd',
    kept: 'Bewaard (geen mailserver)',
    failed: 'Mislukt',
    dropped: 'Niet verstuurd',
    digested: 'In weekoverzicht',
  } as Readonly<Record<string, string>>,
  badges: { failed: 'danger', kept: 'warning', sent: 'success' } as Readonly<Record<string, string>>,
} as const;
