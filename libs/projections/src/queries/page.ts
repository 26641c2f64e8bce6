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
