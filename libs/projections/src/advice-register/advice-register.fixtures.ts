import type { AdviceRegisterDoc } from './advice-register.doc';

/**
 * A row of the advice register for a query spec: solicited advice on the Wmo from Beverwijk's
 * body, started on 1 September 2026, with nothing linked yet; `fields` set what the spec is about.
 * It has no `addressedTo` or `responses`, as a row written before the second round.
 */
export function adviceDoc(id: string, fields: Partial<AdviceRegisterDoc> = {}): AdviceRegisterDoc {
  return {
    trajectoryId: id,
    municipalityCode: 'GM0375',
    bodyId: 'c0a80101-0000-4000-8000-0000000000b1',
    kind: 'solicited',
    subject: `Advies ${id}`,
    domain: 'wmo',
    policyPhase: 'preparation',
    status: 'started',
    signalIds: [],
    tableIds: [],
    proposals: [],
    followUp: [],
    disputes: [],
    startedAt: '2026-09-01T10:00:00.000Z',
    ...fields,
  };
}
