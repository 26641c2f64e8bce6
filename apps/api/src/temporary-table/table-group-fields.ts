import type { TableGroup } from '#domain';

/**
 * A request's value per table group, as its DTO names the fields: camelCase, so
 * `livedExperience` is the group `lived-experience`.
 */
export interface PerTableGroup<T> {
  readonly client?: T;
  readonly livedExperience?: T;
  readonly carer?: T;
  readonly resident?: T;
  readonly youth?: T;
  readonly professional?: T;
  readonly other?: T;
}

/** The domain's record per group, keyed by the kebab-case group names, with the groups left out left out. */
export function byTableGroup<T>(dto: PerTableGroup<T>): Partial<Record<TableGroup, T>> {
  const values: Record<TableGroup, T | undefined> = {
    client: dto.client,
    'lived-experience': dto.livedExperience,
    carer: dto.carer,
    resident: dto.resident,
    youth: dto.youth,
    professional: dto.professional,
    other: dto.other,
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** The other way round: the domain's record per group with the camelCase names the API answers with. */
export function perTableGroup<T>(values: Partial<Record<TableGroup, T>>): PerTableGroup<T> {
  const { 'lived-experience': livedExperience, ...others } = values;
  return { ...others, ...(livedExperience === undefined ? {} : { livedExperience }) };
}
