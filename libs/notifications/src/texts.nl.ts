import type { Facts } from './reactions';
import type { NotificationKind } from './notification-kinds';

/** A message's words, before a resident's stop link is added at sending. */
export interface MessageText {
  readonly subject: string;
  readonly body: string;
}

const about = (facts: Facts): string => (facts.subject ? ` over "${facts.subject}"` : '');
const due = (facts: Facts): string => (facts.dueOn ? formatDate(facts.dueOn) : 'de afgesproken datum');

/** Plain Dutch for each kind; only public facts about policy, never anything about a person. */
const TEXTS: Record<NotificationKind, (facts: Facts) => MessageText> = {
  'advice-issued': (f) => ({
    subject: `Advies uitgebracht${about(f)}`,
    body: `De adviesraad heeft advies uitgebracht${about(f)}. Het college moet hier schriftelijk op reageren.`,
  }),
  'response-recorded': (f) => ({
    subject: `Reactie van het college${about(f)}`,
    body: `Het college heeft gereageerd op het advies${about(f)}. U kunt de reactie nu lezen.`,
  }),
  'proposal-attached': (f) => ({
    subject: `Advies bij raadsvoorstel ${f.proposalRef ?? ''}`.trim(),
    body: `Het advies${about(f)} is meegestuurd met raadsvoorstel ${f.proposalRef ?? ''}. De gemeenteraad neemt het mee in zijn besluit.`,
  }),
  'council-decided': (f) => ({
    subject: `Besluit van de gemeenteraad${about(f)}`,
    body: `De gemeenteraad heeft besloten over raadsvoorstel ${f.proposalRef ?? ''}${about(f)}.`,
  }),
  'dispute-raised': (f) => ({
    subject: `Geschil gemeld${about(f)}`,
    body: `Er is een geschil gemeld${about(f)}. De geschillencommissie kijkt ernaar.`,
  }),
  'dispute-resolved': (f) => ({
    subject: `Geschil afgehandeld${about(f)}`,
    body: `De geschillencommissie heeft het geschil${about(f)} afgehandeld.`,
  }),
  'signal-assessed': () => ({
    subject: 'Uw signaal is bekeken',
    body: 'De adviesraad heeft uw signaal bekeken en beoordeeld. Dank u wel dat u het doorgaf.',
  }),
  'signal-referred': () => ({
    subject: 'Uw signaal is doorgestuurd',
    body: 'De adviesraad heeft uw signaal doorgestuurd naar de plek waar het thuishoort.',
  }),
  'signal-linked': (f) => ({
    subject: 'Uw signaal wordt gebruikt in een advies',
    body: `De adviesraad gebruikt uw signaal bij een advies aan de gemeente${about(f)}.`,
  }),
  'signal-closed': () => ({
    subject: 'Uw signaal is afgerond',
    body: 'De adviesraad heeft uw signaal afgerond. Op de pagina hieronder leest u wat de raad ermee heeft gedaan.',
  }),
  'response-soon': (f) => ({
    subject: `Reactie op advies bijna te laat${about(f)}`,
    body: `De reactie van het college op het advies${about(f)} moet uiterlijk ${due(f)} klaar zijn.`,
  }),
  'response-due': (f) => ({
    subject: `Reactie op advies vandaag nodig${about(f)}`,
    body: `Vandaag (${due(f)}) is de laatste dag voor de reactie van het college op het advies${about(f)}.`,
  }),
  'response-overdue': (f) => ({
    subject: `Reactie op advies te laat${about(f)}`,
    body: `De reactie van het college op het advies${about(f)} had er op ${due(f)} moeten zijn. Die termijn is verstreken.`,
  }),
  'advice-soon': (f) => ({
    subject: `Advies bijna nodig${about(f)}`,
    body: `Het advies van de adviesraad${about(f)} wordt uiterlijk ${due(f)} verwacht.`,
  }),
  'advice-due': (f) => ({
    subject: `Advies vandaag nodig${about(f)}`,
    body: `Vandaag (${due(f)}) is de laatste dag voor het advies${about(f)}.`,
  }),
  'advice-overdue': (f) => ({
    subject: `Advies te laat${about(f)}`,
    body: `Het advies${about(f)} had er op ${due(f)} moeten zijn. Die termijn is verstreken.`,
  }),
  'checkpoint-soon': (f) => ({
    subject: `Controlemoment nadert${about(f)}`,
    body: `Op ${due(f)} is er een controlemoment voor de uitvoering van het advies${about(f)}. Meld dan hoe het ervoor staat.`,
  }),
  'checkpoint-due': (f) => ({
    subject: `Controlemoment vandaag${about(f)}`,
    body: `Vandaag (${due(f)}) is er een controlemoment voor de uitvoering van het advies${about(f)}.`,
  }),
  'checkpoint-overdue': (f) => ({
    subject: `Controlemoment verstreken${about(f)}`,
    body: `Het controlemoment van ${due(f)}${about(f)} is voorbij zonder voortgangsmelding.`,
  }),
  'consultation-norm-soon': (f) => ({
    subject: `Nog te weinig overleg met de wethouder in ${f.year ?? ''}`.trim(),
    body:
      `${f.bodyName ?? 'De adviesraad'} heeft in ${f.year ?? 'dit jaar'} ${f.count ?? 0} keer overlegd met de wethouder. ` +
      `De verordening vraagt ${f.norm ?? 2} keer per jaar. Plan het overleg dat nog nodig is vóór 31 december.`,
  }),
  'consultation-norm-missed': (f) => ({
    subject: `Te weinig overleg met de wethouder in ${f.year ?? ''}`.trim(),
    body:
      `${f.bodyName ?? 'De adviesraad'} heeft in ${f.year ?? 'het afgelopen jaar'} ${f.count ?? 0} keer overlegd met de wethouder, ` +
      `minder dan de ${f.norm ?? 2} keer die de verordening vraagt. Spreek met de wethouder af hoe het overleg dit jaar wel lukt.`,
  }),
  'weekly-digest': () => ({
    subject: 'Uw overzicht van deze week',
    body: 'Dit gebeurde er deze week:',
  }),
};

/** The subject and body for a kind, with the link to the page appended. */
export function textOf(kind: NotificationKind, facts: Facts, publicUrl: string): MessageText {
  const text = TEXTS[kind](facts);
  return { subject: text.subject, body: `${text.body}\n\nBekijk het hier: ${linkOf(publicUrl, facts.path)}` };
}

export function linkOf(publicUrl: string, path: string): string {
  return new URL(path, publicUrl).toString();
}

/** 2026-12-07 → 7 december 2026, as people write dates. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

/** The line every mail to a resident ends with. */
export function stopLine(stopUrl: string): string {
  return `\n\nWilt u geen berichten meer over uw signaal? Klik dan hier: ${stopUrl}`;
}
