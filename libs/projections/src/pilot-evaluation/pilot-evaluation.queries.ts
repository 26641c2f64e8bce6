import { adviceRegister, type AdviceRegisterDoc } from '../advice-register';
import { agendaRegister, type AgendaRegisterDoc } from '../agenda-register';
import { municipalityRegister, type MunicipalityRegisterDoc } from '../municipality-register';
import type { ReadModels } from '../queries/read-models';
import { signalRegister, type SignalRegisterDoc } from '../signal-register/signal-register.projection';
import { tableRegister, type TableRegisterDoc } from '../table-register';
import { evaluatePilot } from './evaluate-pilot';
import type { EvaluationFinding, PilotBodyRecord, PilotDefinition, PilotEvaluation } from './pilot-evaluation.types';

/** Every row of a pilot's bodies; a pilot's register is small enough to read whole. */
const ALL_ROWS = { offset: 0, limit: 1_000_000 } as const;

export interface PilotEvaluationRequest {
  /** The pilot as its own stream defines it. */
  readonly pilot: PilotDefinition;
  /** The pilot's bodies as their own streams hold them. */
  readonly bodies: readonly PilotBodyRecord[];
  /** The evaluators' findings from the pilot's own stream. */
  readonly findings: readonly EvaluationFinding[];
  /** The date (YYYY-MM-DD, Europe/Amsterdam) the evaluation is made on. */
  readonly today: string;
  /** Answer only once the registers the evaluation reads have applied this position. */
  readonly minPosition?: bigint;
}

/**
 * The pilot's yardsticks from the rows of its bodies in the advice, signal, table and agenda
 * registers, and the regulations of the municipalities they serve.
 */
export async function pilotEvaluation(
  readModels: ReadModels,
  request: PilotEvaluationRequest,
): Promise<PilotEvaluation> {
  const { pilot } = request;
  await readModels.waitFor(
    [adviceRegister.name, signalRegister.name, tableRegister.name, agendaRegister.name, municipalityRegister.name],
    request.minPosition,
  );
  const ofBodies = { where: [["r.doc->>'bodyId' = ANY(?::text[])", pilot.bodyIds] as const], orderBy: 'r.id' };
  const served = [...new Set(request.bodies.flatMap((b) => b.municipalityCodes))];
  const [advice, signals, tables, agendas, municipalities] = await Promise.all([
    readModels.list<AdviceRegisterDoc>(adviceRegister.name, { ...ofBodies, ...ALL_ROWS }),
    readModels.list<SignalRegisterDoc>(signalRegister.name, { ...ofBodies, ...ALL_ROWS }),
    readModels.list<TableRegisterDoc>(tableRegister.name, { ...ofBodies, ...ALL_ROWS }),
    readModels.list<AgendaRegisterDoc>(agendaRegister.name, { ...ofBodies, ...ALL_ROWS }),
    readModels.list<MunicipalityRegisterDoc>(municipalityRegister.name, {
      where: [['r.id = ANY(?::text[])', served] as const],
      orderBy: 'r.id',
      ...ALL_ROWS,
    }),
  ]);
  const regulations = new Map(
    municipalities.items.flatMap((m) => (m.regulation ? [[m.municipalityCode, m.regulation] as const] : [])),
  );
  // Advice may rest on a table the municipality held without the body: read those too.
  const own = new Set(tables.items.map((t) => t.tableId));
  const elsewhere = [...new Set(advice.items.flatMap((d) => d.tableIds))].filter((id) => !own.has(id));
  const linked =
    elsewhere.length === 0
      ? []
      : (
          await readModels.list<TableRegisterDoc>(tableRegister.name, {
            where: [['r.id = ANY(?::text[])', elsewhere] as const],
            orderBy: 'r.id',
            ...ALL_ROWS,
          })
        ).items;
  return evaluatePilot(
    pilot,
    {
      advice: advice.items,
      signals: signals.items,
      tables: [...tables.items, ...linked],
      agendas: agendas.items,
      bodies: request.bodies,
      regulations,
      findings: request.findings.map(({ findingId, topic, finding, recordedOn }) => ({
        findingId,
        topic,
        finding,
        recordedOn,
      })),
    },
    request.today,
  );
}
