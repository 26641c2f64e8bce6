import type {
  AppointMember,
  EndMembership,
  EstablishParticipationBody,
  RaiseBodyDispute,
  ResolveBodyDispute,
  RecordConsultation,
  RecordSelfEvaluation,
} from './participation-body.commands';
import type {
  BodyDisputeRaised,
  BodyDisputeResolved,
  ConsultationRecorded,
  MemberAppointed,
  MembershipEnded,
  ParticipationBodyEstablished,
  SelfEvaluationRecorded,
} from './participation-body.events';

export const bodyId = 'c0a80101-0000-4000-8000-0000000000b1';
export const memberId = 'c0a80101-0000-4000-8000-0000000000e1';
export const otherMemberId = 'c0a80101-0000-4000-8000-0000000000e2';
export const consultationId = 'c0a80101-0000-4000-8000-0000000000c1';
export const disputeId = 'c0a80101-0000-4000-8000-0000000000d1';

export const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'secretary-1', role: 'secretary' } };

export const establishParticipationBody = (
  overrides: Partial<EstablishParticipationBody['data']> = {},
): EstablishParticipationBody => ({
  type: 'EstablishParticipationBody',
  context,
  data: {
    bodyId,
    name: 'Regionale participatieraad IJmond',
    kind: 'regional-participation-council',
    municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
    domains: ['wmo', 'youth', 'participation-act'],
    ...overrides,
  },
});

export const bodyEstablished: ParticipationBodyEstablished = {
  type: 'ParticipationBodyEstablished',
  data: {
    bodyId,
    name: 'Regionale participatieraad IJmond',
    kind: 'regional-participation-council',
    municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
    domains: ['wmo', 'youth', 'participation-act'],
  },
};

export const appointMember = (overrides: Partial<AppointMember['data']> = {}): AppointMember => ({
  type: 'AppointMember',
  context,
  data: {
    bodyId,
    memberId,
    displayName: 'Mira de Vries',
    role: 'chair',
    expertise: ['lived-experience'],
    focusAreas: ['beschermd wonen', 'doelgroepenvervoer'],
    ...overrides,
  },
});

export const memberAppointed: MemberAppointed = {
  type: 'MemberAppointed',
  data: {
    bodyId,
    memberId,
    displayName: { personId: memberId, value: 'Mira de Vries' },
    role: 'chair',
    expertise: ['lived-experience'],
    focusAreas: ['beschermd wonen', 'doelgroepenvervoer'],
  },
};

export const endMembership = (overrides: Partial<EndMembership['data']> = {}): EndMembership => ({
  type: 'EndMembership',
  context,
  data: { bodyId, memberId, reason: 'Verhuisd naar een andere regio.', ...overrides },
});

export const membershipEnded: MembershipEnded = {
  type: 'MembershipEnded',
  data: { bodyId, memberId, reason: { personId: memberId, value: 'Verhuisd naar een andere regio.' } },
};

export const recordConsultation = (overrides: Partial<RecordConsultation['data']> = {}): RecordConsultation => ({
  type: 'RecordConsultation',
  context,
  data: {
    bodyId,
    consultationId,
    heldOn: '2026-11-12',
    with: 'alderman',
    topics: ['werkagenda 2027', 'inkoop jeugdhulp'],
    agreements: 'De raad wordt vóór de zomer betrokken bij de inkoop jeugdhulp.',
    ...overrides,
  },
});

export const consultationRecorded: ConsultationRecorded = {
  type: 'ConsultationRecorded',
  data: {
    bodyId,
    consultationId,
    heldOn: '2026-11-12',
    with: 'alderman',
    topics: ['werkagenda 2027', 'inkoop jeugdhulp'],
    agreements: 'De raad wordt vóór de zomer betrokken bij de inkoop jeugdhulp.',
  },
};

export const recordSelfEvaluation = (overrides: Partial<RecordSelfEvaluation['data']> = {}): RecordSelfEvaluation => ({
  type: 'RecordSelfEvaluation',
  context,
  data: { bodyId, year: 2025, summary: 'Meer jongeren bereikt; terugkoppeling naar inwoners kan beter.', ...overrides },
});

export const selfEvaluationRecorded: SelfEvaluationRecorded = {
  type: 'SelfEvaluationRecorded',
  data: { bodyId, year: 2025, summary: 'Meer jongeren bereikt; terugkoppeling naar inwoners kan beter.' },
};

/** The command as the given role sends it. */
export function by<T extends { context: typeof context }>(role: string, sent: T): T {
  return { ...sent, context: { ...sent.context, actor: { id: `${role}-1`, role } } };
}

export const raiseBodyDispute = (overrides: Partial<RaiseBodyDispute['data']> = {}): RaiseBodyDispute => ({
  type: 'RaiseBodyDispute',
  context,
  data: {
    bodyId,
    disputeId,
    reason: 'De vergaderruimte is al drie maanden niet beschikbaar.',
    about: 'facilities',
    ...overrides,
  },
});

export const bodyDisputeRaised: BodyDisputeRaised = {
  type: 'BodyDisputeRaised',
  data: {
    bodyId,
    disputeId,
    reason: 'De vergaderruimte is al drie maanden niet beschikbaar.',
    about: 'facilities',
    raisedBy: 'body',
  },
};

export const resolveBodyDispute = (overrides: Partial<ResolveBodyDispute['data']> = {}): ResolveBodyDispute =>
  by('dispute-committee', {
    type: 'ResolveBodyDispute',
    context,
    data: {
      bodyId,
      disputeId,
      resolution: 'De gemeente stelt vanaf januari een vaste ruimte beschikbaar.',
      ...overrides,
    },
  });

export const bodyDisputeResolved: BodyDisputeResolved = {
  type: 'BodyDisputeResolved',
  data: { bodyId, disputeId, resolution: 'De gemeente stelt vanaf januari een vaste ruimte beschikbaar.' },
};

/** The error a decision throws, so a spec can check which input it names. */
export function refusalOf(decide: () => unknown): unknown {
  try {
    decide();
  } catch (error) {
    return error;
  }
  throw new Error('Expected the command to be refused, but it was accepted.');
}
