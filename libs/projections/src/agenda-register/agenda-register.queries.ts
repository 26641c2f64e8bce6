import { adviceRegister, type AdviceRegisterDoc } from '../advice-register';
import type { Page, PageRequest } from '../queries/page';
import type { Condition, ReadModels } from '../queries/read-models';
import { signalRegister, type SignalRegisterDoc } from '../signal-register/signal-register.projection';
import { tableRegister, type TableRegisterDoc } from '../table-register';
import { linkItem, type LinkedAgendaItem } from './agenda-links';
import { agendaRegister, isAgreed, type AgendaRegisterDoc } from './agenda-register.projection';

export interface AgendaListRequest {
  /** Only agendas of these bodies; every agenda when `undefined` (the public). */
  readonly bodyIds: readonly string[] | undefined;
  readonly year?: number;
  readonly page: PageRequest;
  /** Answer only once the register has applied this position. */
  readonly minPosition?: bigint;
}

/** The participation agendas, latest year first. */
export async function listAgendas(
  readModels: ReadModels,
  request: AgendaListRequest,
): Promise<Page<AgendaRegisterDoc>> {
  await readModels.waitFor([agendaRegister.name], request.minPosition);
  const { bodyIds, year, page } = request;
  const { items, total } = await readModels.list<AgendaRegisterDoc>(agendaRegister.name, {
    where: [
      ...(bodyIds ? [["r.doc->>'bodyId' = ANY(?::text[])", bodyIds] as const] : []),
      ...(year === undefined ? [] : [["(r.doc->>'year')::int = ?", year] as const]),
    ],
    orderBy: "(r.doc->>'year')::int DESC, r.doc->>'draftedAt', r.id",
    ...page,
  });
  return { items, total, ...page };
}

/** One agenda once the registers it links have applied `minPosition`; `null` when there is none. */
export async function findAgenda(
  readModels: ReadModels,
  agendaId: string,
  minPosition: bigint | undefined,
): Promise<AgendaRegisterDoc | null> {
  await readModels.waitFor(
    [agendaRegister.name, signalRegister.name, adviceRegister.name, tableRegister.name],
    minPosition,
  );
  return readModels.get<AgendaRegisterDoc>(agendaRegister.name, agendaId);
}

export interface AgendaWithLinks extends Omit<AgendaRegisterDoc, 'items'> {
  readonly items: readonly LinkedAgendaItem[];
  readonly agreed: boolean;
}

const EVERY_ROW = { offset: 0, limit: 10_000 } as const;
const IN_MUNICIPALITIES = "r.doc->>'municipalityCode' = ANY(?::text[])";

/**
 * The agenda's items with their signals (clusters included), the trajectories resting on them
 * and those trajectories' tables, and who agreed it. Only rows of `municipalities` are linked
 * (every one when `undefined`): a regional agenda does not open a neighbour's records.
 */
export async function linkAgenda(
  readModels: ReadModels,
  agenda: AgendaRegisterDoc,
  municipalities: readonly string[] | undefined,
): Promise<AgendaWithLinks> {
  const named = [...new Set(agenda.items.flatMap((item) => item.signalIds))];
  const tenancy: Condition[] = municipalities ? [[IN_MUNICIPALITIES, municipalities]] : [];
  const signalRows = async (condition: Condition): Promise<SignalRegisterDoc[]> =>
    named.length === 0
      ? []
      : (
          await readModels.list<SignalRegisterDoc>(signalRegister.name, {
            where: [condition, ...tenancy],
            orderBy: 'r.id',
            ...EVERY_ROW,
          })
        ).items;
  const [direct, clustered] = await Promise.all([
    signalRows(['r.id = ANY(?::text[])', named]),
    signalRows([
      "EXISTS (SELECT 1 FROM jsonb_array_elements(r.doc->'clusters') c WHERE c->>'clusterId' = ANY(?::text[]))",
      named,
    ]),
  ]);
  const signals = [...direct, ...clustered.filter((s) => !direct.some((d) => d.signalId === s.signalId))];
  const evidence = [...new Set([...named, ...signals.map((s) => s.signalId)])];
  const trajectories =
    evidence.length === 0
      ? []
      : (
          await readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
            where: [
              [
                "EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.doc->'signalIds') s WHERE s = ANY(?::text[]))",
                evidence,
              ],
              ...(municipalities
                ? [
                    [
                      "EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.doc->'addressedTo') m WHERE m = ANY(?::text[]))",
                      municipalities,
                    ] as const,
                  ]
                : []),
            ],
            orderBy: "r.doc->>'startedAt', r.id",
            ...EVERY_ROW,
          })
        ).items;
  const tableIds = [...new Set(trajectories.flatMap((t) => t.tableIds))];
  const tables =
    tableIds.length === 0
      ? []
      : (
          await readModels.list<TableRegisterDoc>(tableRegister.name, {
            where: [['r.id = ANY(?::text[])', tableIds], ...tenancy],
            orderBy: 'r.id',
            ...EVERY_ROW,
          })
        ).items;
  return {
    ...agenda,
    agreements: agenda.agreements ?? [],
    agreed: isAgreed(agenda),
    items: agenda.items.map((item) => linkItem(item, { signals, trajectories, tables })),
  };
}
