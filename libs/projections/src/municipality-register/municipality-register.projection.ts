import type { ParticipationRegulation } from '#domain';
import type { Projection } from '../projection';

/** A participation body as the municipality list names it. */
export interface MunicipalityBody {
  readonly bodyId: string;
  readonly name: string;
  readonly kind: string;
}

export interface MunicipalityRegisterDoc {
  readonly municipalityCode: string;
  readonly name: string;
  /** The participation bodies that serve the municipality, a regional one included, in order established. */
  readonly bodies: readonly MunicipalityBody[];
  readonly registeredAt: string;
  /** The participation regulation last set; absent while the municipality set none (the defaults hold). */
  readonly regulation?: ParticipationRegulation;
}

type Data = Record<string, unknown>;

/**
 * The registered municipalities with the bodies that serve them: the entry to the public
 * council view. Holds nothing about persons.
 */
export const municipalityRegister: Projection<MunicipalityRegisterDoc> = {
  name: 'municipality-register',
  version: 2,
  eventTypes: ['MunicipalityRegistered', 'ParticipationBodyEstablished', 'ParticipationRegulationSet'],
  keysOf: (event) => {
    const data = event.data as Data;
    return event.type === 'ParticipationBodyEstablished'
      ? (data.municipalityCodes as string[])
      : [data.municipalityCode as string];
  },
  evolve: (doc, event, key) => {
    const data = event.data as Data;
    switch (event.type) {
      case 'MunicipalityRegistered':
        // A municipality is registered once; a replay keeps the bodies already folded in.
        return {
          municipalityCode: key,
          name: data.name as string,
          bodies: doc?.bodies ?? [],
          registeredAt: doc?.registeredAt ?? event.recordedAt.toISOString(),
          ...(doc?.regulation ? { regulation: doc.regulation } : {}),
        };
      case 'ParticipationBodyEstablished': {
        // The command refuses a body for an unregistered municipality, so there is always a row.
        if (!doc) return null;
        const bodyId = data.bodyId as string;
        if (doc.bodies.some((b) => b.bodyId === bodyId)) return doc;
        return { ...doc, bodies: [...doc.bodies, { bodyId, name: data.name as string, kind: data.kind as string }] };
      }
      case 'ParticipationRegulationSet': {
        if (!doc) return null;
        // The event carries every term, defaults included; a later regulation replaces the one before.
        const regulation = data as unknown as ParticipationRegulation;
        const { responseTermDays, adviceTermDays, aldermanConsultationsPerYear } = regulation;
        const { programmeManagerConsultationEveryMonths } = regulation;
        return {
          ...doc,
          regulation: {
            responseTermDays,
            adviceTermDays,
            aldermanConsultationsPerYear,
            programmeManagerConsultationEveryMonths,
          },
        };
      }
      default:
        return doc;
    }
  },
};
