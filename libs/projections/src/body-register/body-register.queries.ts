import { municipalityRegister, type MunicipalityRegisterDoc } from '../municipality-register';
import { pageOf, type Page, type PageRequest } from '../queries/page';
import type { ReadModels } from '../queries/read-models';
import type { BodyRegisterDoc } from './body-register.doc';
import { bodyRegister } from './body-register.projection';
import { consultationYears, strictestNorm, type ConsultationNorm, type ConsultationYear } from './consultation-norms';

/** Rows of bodies that serve any of `municipalities`, as one SQL condition. */
const SERVES_ANY =
  "EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.doc->'municipalityCodes') m WHERE m = ANY(?::text[]))";

/** Bodies are few (a handful per municipality): a list of them is read whole. */
const EVERY_BODY = { offset: 0, limit: 10_000 } as const;

export interface BodyListRequest {
  /** Only bodies serving one of these municipalities; every body when `undefined` (the public). */
  readonly municipalities: readonly string[] | undefined;
  readonly page: PageRequest;
  /** Answer only once the register has applied this position. */
  readonly minPosition?: bigint;
}

/** The participation bodies, by name. */
export async function listBodies(readModels: ReadModels, request: BodyListRequest): Promise<Page<BodyRegisterDoc>> {
  await readModels.waitFor([bodyRegister.name], request.minPosition);
  const { municipalities, page } = request;
  const { items, total } = await readModels.list<BodyRegisterDoc>(bodyRegister.name, {
    where: municipalities ? [[SERVES_ANY, municipalities]] : [],
    orderBy: "r.doc->>'name', r.id",
    ...page,
  });
  return { items, total, ...page };
}

/** One body once the register has applied `minPosition` (and the `also` registers); `null` when there is none. */
export async function findBody(
  readModels: ReadModels,
  bodyId: string,
  minPosition: bigint | undefined,
  also: readonly string[] = [],
): Promise<BodyRegisterDoc | null> {
  await readModels.waitFor([bodyRegister.name, ...also], minPosition);
  return readModels.get<BodyRegisterDoc>(bodyRegister.name, bodyId);
}

/** The ids of the bodies serving any of `municipalities` (at most a few per municipality). */
export async function bodyIdsServing(
  readModels: ReadModels,
  municipalities: readonly string[],
  minPosition?: bigint,
): Promise<string[]> {
  await readModels.waitFor([bodyRegister.name], minPosition);
  const { items } = await readModels.list<BodyRegisterDoc>(bodyRegister.name, {
    where: [[SERVES_ANY, municipalities]],
    orderBy: 'r.id',
    ...EVERY_BODY,
  });
  return items.map((body) => body.bodyId);
}

/** The bodies with these ids that exist, by id. */
export async function findBodies(readModels: ReadModels, bodyIds: readonly string[]): Promise<BodyRegisterDoc[]> {
  if (bodyIds.length === 0) return [];
  const { items } = await readModels.list<BodyRegisterDoc>(bodyRegister.name, {
    where: [['r.id = ANY(?::text[])', bodyIds]],
    orderBy: 'r.id',
    ...EVERY_BODY,
  });
  return items;
}

export interface BodyConsultations {
  readonly norm: ConsultationNorm;
  readonly years: Page<ConsultationYear>;
}

/**
 * The body's consultations per year, newest first, against the strictest norm of the
 * municipalities it serves (their regulations, or the defaults).
 */
export async function consultationsOf(
  readModels: ReadModels,
  body: BodyRegisterDoc,
  request: { readonly today: string; readonly page: PageRequest },
): Promise<BodyConsultations> {
  const { items } = await readModels.list<MunicipalityRegisterDoc>(municipalityRegister.name, {
    where: [['r.id = ANY(?::text[])', body.municipalityCodes]],
    orderBy: 'r.id',
    offset: 0,
    limit: body.municipalityCodes.length,
  });
  const norm = strictestNorm(
    body.municipalityCodes.map((code) => items.find((m) => m.municipalityCode === code)?.regulation),
  );
  const years = consultationYears(body.consultations, norm, body.establishedAt, request.today);
  return { norm, years: pageOf(years, request.page) };
}

/** The registers `consultationsOf` reads, for `findBody`'s wait. */
export const CONSULTATION_REGISTERS: readonly string[] = [municipalityRegister.name];
