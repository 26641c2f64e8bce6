import type { Language } from '../../i18n/language';
import type { Messages } from '../../i18n/messages.nl';

/** The words of the document upload (#21), Dutch first; kept beside the form that uses them. */
const nl = {
  title: 'Document toevoegen',
  submit: 'Document toevoegen',
  kind: 'Soort document',
  file: 'Bestand',
  fileHint: 'Een PDF-, ODT- of DOCX-bestand. Het soort bestand wordt aan de inhoud herkend, niet aan de naam.',
  maxSize: (size: string) => `Ten hoogste ${size}.`,
  fileAgain: 'Kies het bestand opnieuw: een browser onthoudt het niet na een fout.',
  sessionId: 'Bijeenkomst',
  consultationId: 'Overleg',
  proposalRef: 'Raadsvoorstel',
  forProposal: '(alleen bij een raadsvoorstel)',
  forMinutes: '(alleen bij een verslag van een bijeenkomst)',
  sealedIntro:
    'Dit document kan persoonsgegevens bevatten. Het wordt versleuteld bewaard en alleen getoond aan wie persoonsgegevens mag zien.',
  nextStep: 'Daarna ziet u het document in de lijst met documenten, met de volgende stap.',
  trajectoryIntro: (subject: string) => `Bij het adviestraject: ${subject}`,
  tableIntro: (theme: string) => `Bij de tijdelijke tafel: ${theme}`,
  bodyIntro: (name: string) => `Bij het overleg van ${name}`,
  link: 'Document toevoegen',
  notesLink: 'Verslag van een overleg toevoegen',
  kinds: {
    'advice-letter': 'Adviesbrief',
    'college-response': 'Brief met de reactie van het college',
    'college-response-correction': 'Gecorrigeerde brief van het college',
    'council-proposal': 'Raadsvoorstel',
    'session-minutes': 'Verslag van een bijeenkomst',
    'table-report': 'Eindverslag van de tafel',
    'consultation-notes': 'Verslag van een overleg',
  } as Readonly<Record<string, string>>,
  refused: {
    noFile: 'Kies een bestand.',
    empty: 'Dit bestand is leeg. Kies een PDF-, ODT- of DOCX-bestand.',
    tooLarge: (size: string) => `Dit bestand is te groot. Een document is ten hoogste ${size}.`,
    wrongType: 'Dit is geen PDF-, ODT- of DOCX-bestand. Het soort bestand wordt aan de inhoud herkend.',
    broken: 'Het bestand kwam niet goed aan. Probeer het opnieuw.',
    forgotten: 'Dit document gaat over een persoon wiens gegevens zijn gewist. Het wordt niet bewaard.',
  },
  /** The domain's refusals of an attachment, in words; the API's English stays out of the page. */
  refusals: {
    DOCUMENT_KIND_NOT_HERE: 'Dit soort document hoort hier niet bij.',
    DOCUMENT_REFERENCE_INVALID: 'Dit document kan niet worden bewaard. Kies een PDF-, ODT- of DOCX-bestand.',
    DOCUMENT_OF_THE_OTHER_SIDE: 'Dit document wordt door de andere partij toegevoegd.',
    DOCUMENT_SEALED_FOR_OTHERS: 'Er is intussen iemand bijgekomen. Voeg het document opnieuw toe.',
    ADVICE_NOT_ISSUED: 'De adviesbrief wordt toegevoegd nadat het advies is uitgebracht.',
    RESPONSE_NOT_RECORDED: 'De brief van het college wordt toegevoegd nadat het college heeft gereageerd.',
    RESPONSE_NOT_CORRECTED: 'Een gecorrigeerde brief hoort bij een gecorrigeerde reactie van het college.',
    NOT_ATTACHED_TO_PROPOSAL: 'Het raadsvoorstel wordt toegevoegd nadat het advies erbij is gevoegd.',
    SESSION_UNKNOWN: 'Kies een bijeenkomst die aan deze tafel is gehouden.',
    NOT_CLOSED: 'Het eindverslag wordt toegevoegd nadat de tafel is afgesloten.',
    CONSULTATION_UNKNOWN: 'Kies een overleg dat dit orgaan heeft vastgelegd.',
  } as Readonly<Record<string, string>>,
};

export type UploadWords = typeof nl;

const en: UploadWords = {
  title: 'Add a document',
  submit: 'Add document',
  kind: 'Kind of document',
  file: 'File',
  fileHint: 'A PDF, ODT or DOCX file. Its type is judged by its content, not by its name.',
  maxSize: (size) => `At most ${size}.`,
  fileAgain: 'Choose the file again: a browser does not keep it after an error.',
  sessionId: 'Session',
  consultationId: 'Consultation',
  proposalRef: 'Council proposal',
  forProposal: '(for a council proposal only)',
  forMinutes: '(for minutes of a session only)',
  sealedIntro:
    'This document may hold personal data. It is kept encrypted and shown only to those who may see personal data.',
  nextStep: 'You will then see the document in the list of documents, with the next step.',
  trajectoryIntro: (subject) => `For the advice trajectory: ${subject}`,
  tableIntro: (theme) => `For the temporary table: ${theme}`,
  bodyIntro: (name) => `For a consultation of ${name}`,
  link: 'Add a document',
  notesLink: 'Add the notes of a consultation',
  kinds: {
    'advice-letter': 'Advice letter',
    'college-response': "The college's letter",
    'college-response-correction': "The college's corrected letter",
    'council-proposal': 'Council proposal',
    'session-minutes': 'Minutes of a session',
    'table-report': "The table's report",
    'consultation-notes': 'Notes of a consultation',
  },
  refused: {
    noFile: 'Choose a file.',
    empty: 'This file is empty. Choose a PDF, ODT or DOCX file.',
    tooLarge: (size) => `This file is too large. A document is at most ${size}.`,
    wrongType: 'This is no PDF, ODT or DOCX file. The type is judged by the content.',
    broken: 'The file did not arrive whole. Please try again.',
    forgotten: 'This document is about a person whose data was erased. It is not kept.',
  },
  refusals: {
    DOCUMENT_KIND_NOT_HERE: 'This kind of document does not belong here.',
    DOCUMENT_REFERENCE_INVALID: 'This document cannot be kept. Choose a PDF, ODT or DOCX file.',
    DOCUMENT_OF_THE_OTHER_SIDE: 'This document is added by the other party.',
    DOCUMENT_SEALED_FOR_OTHERS: 'Someone joined meanwhile. Add the document again.',
    ADVICE_NOT_ISSUED: 'The advice letter is added once the advice is issued.',
    RESPONSE_NOT_RECORDED: "The college's letter is added once the college has responded.",
    RESPONSE_NOT_CORRECTED: 'A corrected letter goes with a corrected response of the college.',
    NOT_ATTACHED_TO_PROPOSAL: 'The council proposal is added once the advice is attached to it.',
    SESSION_UNKNOWN: 'Choose a session held at this table.',
    NOT_CLOSED: "The table's report is added once the table is closed.",
    CONSULTATION_UNKNOWN: 'Choose a consultation this body recorded.',
  },
};

export function uploadWords(language: Language): UploadWords {
  return language === 'en' ? en : nl;
}

/** The same words for code that holds the page's messages only (their locale says the language). */
export function uploadWordsFor(t: Messages): UploadWords {
  return t.locale.startsWith('en') ? en : nl;
}
