/** Which slice of a list to answer: skip `offset` rows, then at most `limit`. */
export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
}

/** One slice of a list, with the number of rows the whole list holds. */
export interface Page<TDoc> extends PageRequest {
  readonly items: TDoc[];
  readonly total: number;
}

/** The slice `page` of a list held whole in one row, such as a body's members. */
export function pageOf<T>(all: readonly T[], page: PageRequest): Page<T> {
  return { items: all.slice(page.offset, page.offset + page.limit), total: all.length, ...page };
}
