import type { RecordedEvent } from '#event-store';
import { assertNever, type ParticipationBodyEvent } from '#domain';
import type { Projection } from '../projection';
import type { BodyMemberEntry, BodyRegisterDoc, ConsultationEntry } from './body-register.doc';

type BodyEvent = ParticipationBodyEvent;
type DataOf<T extends BodyEvent['type']> = Extract<BodyEvent, { type: T }>['data'];

/** The body events this register folds; disputes have their own register. */
const EVENT_TYPES = [
  'ParticipationBodyEstablished',
  'MemberAppointed',
  'MembershipEnded',
  'ConsultationRecorded',
  'SelfEvaluationRecorded',
] as const;
type Folded = (typeof EVENT_TYPES)[number];

/**
 * The participation bodies: one row per body with its members (names and profiles sealed),
 * its consultations with the alderman and programme manager, and its self-evaluations.
 */
export const bodyRegister: Projection<BodyRegisterDoc> = {
  name: 'body-register',
  version: 2,
  eventTypes: EVENT_TYPES,
  keysOf: (event) => [(event.data as { bodyId: string }).bodyId],
  evolve: (doc, event) => {
    const type = event.type as Folded;
    if (type === 'ParticipationBodyEstablished') return established(doc, event);
    if (!doc) return null;
    const at = event.recordedAt.toISOString();
    switch (type) {
      case 'MemberAppointed':
        return { ...doc, members: withMember(doc.members, appointed(event.data as DataOf<'MemberAppointed'>, at)) };
      case 'MembershipEnded': {
        const { memberId } = event.data as DataOf<'MembershipEnded'>;
        const members = doc.members.map((m) => (m.memberId === memberId && !m.endedAt ? { ...m, endedAt: at } : m));
        return { ...doc, members };
      }
      case 'ConsultationRecorded': {
        const consultation = consulted(event.data as DataOf<'ConsultationRecorded'>);
        const others = doc.consultations.filter((c) => c.consultationId !== consultation.consultationId);
        const consultations = [...others, consultation].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
        return { ...doc, consultations };
      }
      case 'SelfEvaluationRecorded': {
        const { year, summary } = event.data as DataOf<'SelfEvaluationRecorded'>;
        if (doc.selfEvaluations.some((s) => s.year === year)) return doc;
        const selfEvaluations = [...doc.selfEvaluations, { year, summary, recordedAt: at }].sort(
          (a, b) => a.year - b.year,
        );
        return { ...doc, selfEvaluations };
      }
      default:
        return assertNever(type);
    }
  },
};

function established(doc: BodyRegisterDoc | null, event: RecordedEvent): BodyRegisterDoc {
  const data = event.data as DataOf<'ParticipationBodyEstablished'>;
  // Established once; a replay keeps what was folded in after it.
  return {
    bodyId: data.bodyId,
    name: data.name,
    kind: data.kind,
    municipalityCodes: [...data.municipalityCodes],
    domains: [...data.domains],
    establishedAt: doc?.establishedAt ?? event.recordedAt.toISOString(),
    members: doc?.members ?? [],
    consultations: doc?.consultations ?? [],
    selfEvaluations: doc?.selfEvaluations ?? [],
  };
}

function appointed(data: DataOf<'MemberAppointed'>, at: string): BodyMemberEntry {
  return {
    memberId: data.memberId,
    displayName: data.displayName,
    role: data.role,
    expertise: [...data.expertise],
    focusAreas: [...data.focusAreas],
    workingGroups: [...(data.workingGroups ?? [])],
    ...(data.subject === undefined ? {} : { subject: data.subject }),
    ...(data.profile === undefined ? {} : { profile: data.profile }),
    appointedAt: at,
  };
}

/**
 * A member appointed again after their membership ended takes their old place in the list; the
 * same appointment folded twice changes nothing, since the entry is the same.
 */
function withMember(members: readonly BodyMemberEntry[], member: BodyMemberEntry): BodyMemberEntry[] {
  const current = members.find((m) => m.memberId === member.memberId);
  if (current && !current.endedAt) return [...members];
  if (!current) return [...members, member];
  return members.map((m) => (m.memberId === member.memberId ? member : m));
}

function consulted(data: DataOf<'ConsultationRecorded'>): ConsultationEntry {
  return {
    consultationId: data.consultationId,
    heldOn: data.heldOn,
    with: data.with,
    topics: [...data.topics],
    ...(data.agreements === undefined ? {} : { agreements: data.agreements }),
  };
}
