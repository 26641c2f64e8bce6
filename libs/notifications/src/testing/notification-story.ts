import type { EventToAppend } from '#event-store';

/**
 * The events of one small story, as the application would append them (personal data still
 * plain, for the crypto-shredding store to seal): a body with a secretary, a trajectory with
 * a responsible official, a signal whose reporter asked to hear back, and what happens to them.
 */
export interface StoryIds {
  readonly bodyId: string;
  readonly trajectoryId: string;
  readonly signalId: string;
  readonly reporterId: string;
  readonly secretary: string;
  readonly official: string;
}

export function storyIds(n: number): StoryIds {
  const id = (k: number): string =>
    `c0a80101-0000-4000-8000-${String(n).padStart(8, '0')}${String(k).padStart(4, '0')}`;
  return {
    bodyId: id(1),
    trajectoryId: id(2),
    signalId: id(3),
    reporterId: id(4),
    secretary: `secretary-${n}`,
    official: `official-${n}`,
  };
}

let counter = 0;

function event(type: string, data: Record<string, unknown>, at = '2026-11-02T10:00:00.000Z'): EventToAppend {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return {
    eventId: `e0e00000-0000-4000-8000-${hex}`,
    type,
    data,
    metadata: {
      occurredAt: at,
      actor: { id: 'official-x', role: 'official' },
      municipalityCode: 'GM0375',
      correlationId: `e0e00000-0000-4000-8000-${hex}`,
      schemaVersion: 2,
    },
  };
}

/** Appends in stream order: each entry is a stream and its events. */
export type StreamEvents = readonly (readonly [string, readonly EventToAppend[]])[];

export function bodyWithSecretary(ids: StoryIds): StreamEvents {
  return [
    [
      `participation-body-${ids.bodyId}`,
      [
        event('ParticipationBodyEstablished', {
          bodyId: ids.bodyId,
          name: 'Adviesraad Sociaal Domein',
          kind: 'municipal',
          municipalityCodes: ['GM0375'],
          domains: ['wmo'],
        }),
        event('MemberAppointed', {
          bodyId: ids.bodyId,
          memberId: `${ids.bodyId.slice(0, -4)}0009`,
          displayName: { personId: `${ids.bodyId.slice(0, -4)}0009`, value: 'Secretaris' },
          role: 'secretary',
          expertise: [],
          focusAreas: [],
          subject: ids.secretary,
        }),
      ],
    ],
  ];
}

export function signalWithReporter(ids: StoryIds, contact: string, feedbackByMail: boolean): StreamEvents {
  return [
    [
      `signal-${ids.signalId}`,
      [
        event('SignalRecorded', {
          signalId: ids.signalId,
          bodyId: ids.bodyId,
          municipalityCode: 'GM0375',
          channel: 'meeting',
          receivedOn: '2026-10-01',
          themes: ['vervoer'],
          domain: 'wmo',
          subjectId: ids.reporterId,
          summary: { personId: ids.reporterId, value: 'De regiotaxi komt te laat.' },
          targetGroups: [],
          reporter: {
            personId: ids.reporterId,
            value: { name: 'A. Melder', contact, ...(feedbackByMail ? { feedbackByMail: true } : {}) },
          },
        }),
        event('SignalAssessed', {
          signalId: ids.signalId,
          scope: 'collective',
          rationale: { personId: ids.reporterId, value: 'Raakt veel bewoners.' },
        }),
      ],
    ],
  ];
}

/** A trajectory from its start to the council's decision, advice issued on `issuedOn`. */
export function trajectoryToDecision(
  ids: StoryIds,
  options: { issuedOn?: string; responseDueOn?: string; upTo?: 'advice' | 'decision' } = {},
): StreamEvents {
  const trajectoryId = ids.trajectoryId;
  const started = event('AdviceTrajectoryStarted', {
    trajectoryId,
    municipalityCode: 'GM0375',
    bodyId: ids.bodyId,
    kind: 'solicited',
    subject: 'Vervoer op maat',
    domain: 'wmo',
    policyPhase: 'preparation',
    question: 'Hoe verbeteren we het vervoer?',
    responsibleOfficial: ids.official,
    ...(options.responseDueOn ? { responseDueOn: options.responseDueOn } : {}),
  });
  const linked = event('SignalLinked', { trajectoryId, signalId: ids.signalId });
  const issued = event('AdviceIssued', {
    trajectoryId,
    version: 1,
    supersedesVersion: null,
    issuedOn: options.issuedOn ?? '2026-11-02',
    summary: 'Maak het vervoer betrouwbaar.',
    clientPerspective: 'Bewoners missen afspraken.',
    recommendations: [{ number: 1, text: 'Meet de stiptheid.' }],
  });
  if (options.upTo === 'advice') return [[`advice-trajectory-${trajectoryId}`, [started, linked, issued]]];
  return [
    [
      `advice-trajectory-${trajectoryId}`,
      [
        started,
        linked,
        issued,
        event('CollegeResponseRecorded', {
          trajectoryId,
          adviceVersion: 1,
          respondedOn: '2026-11-20',
          decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
        }),
        event('AdviceAttachedToCouncilProposal', { trajectoryId, proposalRef: 'RV-2026-7', attachedOn: '2026-11-25' }),
        event('CouncilDecisionRecorded', {
          trajectoryId,
          proposalRef: 'RV-2026-7',
          decidedOn: '2026-12-01',
          decision: 'adopted',
        }),
      ],
    ],
  ];
}

export function signalClosed(ids: StoryIds): StreamEvents {
  return [
    [
      `signal-${ids.signalId}`,
      [
        event('SignalClosed', {
          signalId: ids.signalId,
          outcome: { personId: ids.reporterId, value: 'Meegenomen in het advies.' },
          feedbackGiven: true,
        }),
      ],
    ],
  ];
}
