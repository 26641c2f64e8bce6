import type { Messages } from '../../i18n/messages.nl';
import type { SubjectAction } from '../subject-actions';
import { uploadWordsFor } from '../upload-document/upload-words';

/**
 * The forms about one body, below its page; a body without members offers appointing the
 * first one as the step that follows.
 */
export function bodyActions(t: Messages, bodyId: string, hasMembers = true): SubjectAction[] {
  const { forms } = t;
  const at = `/werkruimte/organen/${bodyId}`;
  return [
    { operation: 'AppointMember', href: `${at}/leden/nieuw`, label: forms.appointMember.title, next: !hasMembers },
    { operation: 'EndMembership', href: `${at}/leden/beeindigen`, label: forms.endMembership.title },
    { operation: 'RecordConsultation', href: `${at}/overleg/nieuw`, label: forms.recordConsultation.title },
    // A consultation's notes, beside the form that records it (#21).
    { operation: 'AttachBodyDocument', href: `${at}/documenten`, label: uploadWordsFor(t).notesLink },
    { operation: 'RecordSelfEvaluation', href: `${at}/zelfevaluatie/nieuw`, label: forms.selfEvaluation.title },
    { operation: 'DraftParticipationAgenda', href: `${at}/agenda/nieuw`, label: forms.draftAgenda.title },
    { operation: 'RaiseBodyDispute', href: `${at}/geschil/nieuw`, label: forms.raiseBodyDispute.title },
    { operation: 'ResolveBodyDispute', href: `${at}/geschil/beslechten`, label: forms.resolveDispute.title },
  ];
}
