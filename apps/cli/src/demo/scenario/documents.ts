import { ACTORS, memberOf } from './actors';
import type { DemoStep } from './demo-step';
import { BODY, consultation, session, TABLE } from './ids';
import { TABLES } from './tables';
import { TRAJECTORIES } from './trajectories';

/** A document a demo step uploads: a small PDF made at load time from its text (see `demoPdf`). */
export interface DemoDocument {
  readonly fileName: string;
  readonly title: string;
  readonly lines: readonly string[];
}

/**
 * The letters and notes a newcomer finds on the pages (#21): the four letters of the
 * Heemskerk trajectory on work and care (ongoing, so each can still be attached), the minutes
 * and report of the access table, and the notes of the first consultation with the alderman.
 * Sealed documents (minutes, report, notes) say nothing about a person.
 */
export function documentSteps(): DemoStep[] {
  const trajectory = TRAJECTORIES.find((t) => t.correction !== undefined && t.end === undefined);
  const table = TABLES.find((t) => t.id === TABLE.access);
  if (!trajectory || !table) throw new Error('The scenario has no trajectory or table to attach documents to');
  const steps: DemoStep[] = [];
  const add = (
    operationId: string,
    actor: DemoStep['actor'],
    path: string,
    body: object,
    document: DemoDocument,
  ): void => {
    steps.push({ key: `demo/documents/${steps.length + 1}`, operationId, actor, path, body, document });
  };
  const letters = `/advice-trajectories/${trajectory.id}/documents`;
  const subject = trajectory.subject;
  add(
    'AttachDocument',
    memberOf(trajectory.bodyId),
    letters,
    { kind: 'advice-letter' },
    {
      fileName: 'Adviesbrief.pdf',
      title: 'Advies van de participatieraad',
      lines: [subject, 'Het advies met de aanbevelingen, zoals uitgebracht.'],
    },
  );
  add(
    'AttachDocument',
    trajectory.official,
    letters,
    { kind: 'college-response' },
    {
      fileName: 'Reactie college.pdf',
      title: 'Reactie van het college',
      lines: [subject, trajectory.response?.documentRef ?? '', 'Per aanbeveling: overgenomen of niet, en waarom.'],
    },
  );
  add(
    'AttachDocument',
    trajectory.official,
    letters,
    { kind: 'college-response-correction' },
    {
      fileName: 'Reactie college (gecorrigeerd).pdf',
      title: 'Gecorrigeerde reactie van het college',
      lines: [subject, trajectory.correction?.reason ?? ''],
    },
  );
  const proposal = trajectory.proposals[0];
  if (proposal) {
    add(
      'AttachDocument',
      trajectory.official,
      letters,
      { kind: 'council-proposal', proposalRef: proposal.proposalRef },
      {
        fileName: `${proposal.proposalRef}.pdf`,
        title: `Raadsvoorstel ${proposal.proposalRef}`,
        lines: [subject, 'Het advies van de participatieraad is bij dit voorstel gevoegd.'],
      },
    );
  }
  const tableDocuments = `/temporary-tables/${table.id}/documents`;
  add(
    'AttachTableDocument',
    memberOf(table.bodyId),
    tableDocuments,
    { kind: 'session-minutes', sessionId: session(table.n, 1) },
    {
      fileName: 'Verslag eerste bijeenkomst.pdf',
      title: `Verslag: ${table.theme}`,
      lines: ['Wat de deelnemers inbrachten, zonder namen.'],
    },
  );
  if (table.close) {
    add(
      'AttachTableDocument',
      memberOf(table.bodyId),
      tableDocuments,
      { kind: 'table-report' },
      {
        fileName: 'Eindverslag tafel.pdf',
        title: `Eindverslag: ${table.theme}`,
        lines: [table.close.summary],
      },
    );
  }
  add(
    'AttachBodyDocument',
    ACTORS.secretary,
    `/participation-bodies/${BODY.regional}/documents`,
    { kind: 'consultation-notes', consultationId: consultation(1) },
    {
      fileName: 'Verslag overleg wethouder.pdf',
      title: 'Verslag overleg met de wethouder',
      lines: ['Besproken: de werkagenda en de inspraak van jongeren.', 'Afgesproken: twee keer per jaar overleg.'],
    },
  );
  return steps;
}
